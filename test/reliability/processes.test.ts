// Real `gendan` processes (bin/gendan.js) on one order: killed with SIGKILL at random
// moments of their edit, or several at once. The order is always the old or the new
// content byte for byte, holds exactly the edits whose process reported success, and the
// debris of killed processes never stops the next command.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, gendan, tempDir } from '../helpers/cli.js';
import { oneOrderWorkspace } from './one-order.js';
import { ensureBuilt } from './build.js';

const TODAY = '2026-11-28';
const ENV = { PATH: process.env.PATH, GENDAN_TODAY: TODAY, GENDAN_NOW: '2026-11-28T09:30:00+08:00', GENDAN_LANG: 'en' };

interface Exit {
  code: number | null;
  stderr: string;
}

/** Run gendan; `kill` gets the process and may SIGKILL it whenever it likes. */
function start(dir: string, args: string[], env: Record<string, string | undefined> = ENV, kill?: (p: ReturnType<typeof spawn>) => () => void): Promise<Exit> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const stop = kill?.(child);
    child.on('exit', (code) => {
      stop?.();
      done({ code, stderr });
    });
  });
}

/** A workspace with one example order, in state `received`. */
function workspaceWithOrder(): { dir: string; file: string; id: string } {
  return oneOrderWorkspace((t) => /^status: received$/m.test(t));
}

/** Problems that would mean a broken file: it must still load as a valid order. */
async function loadProblems(dir: string): Promise<unknown[]> {
  const r = await gendan(['check', '--today', TODAY, '--format', 'json'], { cwd: dir });
  const out = JSON.parse(r.stdout) as { problems: { rule: string }[] };
  return out.problems.filter((p) => ['file', 'yaml-syntax', 'schema'].includes(p.rule));
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

describe('gendan processes killed mid-edit and racing each other', () => {
  beforeAll(() => ensureBuilt());

  it('SIGKILL at random moments (on the folder’s file events, or after a random delay), many times', { timeout: 240_000 }, async () => {
    const { dir, file, id } = workspaceWithOrder();
    const orders = join(dir, 'orders');
    const commands = (i: number) =>
      [
        ['log', id, '--node', 'other', '--channel', 'phone', `第 ${i} 次`],
        ['advance', id, '--force', '--reason', `test ${i}`, '--note', `n${i}`],
        ['tick', id, 'special_requests_reviewed'],
      ][i % 3]!;
    const outcomes = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const old = readFileSync(file);
      // The same command, not killed, on a copy: the new content it must write.
      const scratch = tempDir();
      cpSync(dir, scratch, { recursive: true });
      const expected = await gendan(commands(i), { cwd: scratch, env: ENV });
      const next = readFileSync(join(scratch, 'orders', file.split('/').pop()!));
      rmSync(scratch, { recursive: true, force: true });

      const events = 1 + Math.floor(Math.random() * 4);
      const byTimer = Math.random() < 0.3;
      const run = await start(dir, commands(i), ENV, (child) => {
        if (byTimer) {
          const t = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 400));
          return () => clearTimeout(t);
        }
        let seen = 0;
        const w = watch(orders, () => {
          if (++seen === events) child.kill('SIGKILL');
        });
        return () => w.close();
      });
      const now = readFileSync(file);
      const which = now.equals(old) ? 'old' : now.equals(next) ? 'new' : 'torn';
      expect(which, `run ${i}: ${commands(i).join(' ')}`).not.toBe('torn');
      if (run.code !== null) {
        expect(run.code, `run ${i}: ${run.stderr} | expected: ${expected.stderr}`).toBe(expected.code);
        if (expected.code === 0) expect(now.equals(next), `run ${i} finished: the new content`).toBe(true);
        noStack(run.stderr);
      }
      outcomes.add(run.code === null ? `killed, ${which}` : 'finished');
    }
    expect(outcomes.has('killed, old')).toBe(true);

    // What the killed processes left never stops the next command, which cleans it up.
    const last = await gendan(['log', id, '--node', 'other', '--channel', 'phone', 'after the kills'], { cwd: dir, env: ENV });
    expect(last.code, last.stderr).toBe(0);
    expect(readdirSync(orders).filter((f) => f.startsWith('.')), [...outcomes].join('; ') + ' ' + readdirSync(orders).filter((f) => f.startsWith('.')).join(' ')).toEqual([]);
    expect(await loadProblems(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('concurrent advance, log and tick on one order: exactly the edits that reported success', { timeout: 240_000 }, async () => {
    const LOCKED = /is being edited by another gendan/;
    // Two fresh orders, four rounds each: forced advances run out at `closed`.
    for (let order = 0; order < 2; order++) {
      const { dir, file, id } = workspaceWithOrder();
      const history = () => ((parse(readFileSync(file, 'utf8')) as { history?: unknown[] }).history ?? []).length;
      const notes = () => ((parse(readFileSync(file, 'utf8')) as { contacts?: { note?: string }[] }).contacts ?? []).map((c) => c.note);
      const historyBefore = history();
      let advanced = 0;
      const logged: string[] = [];
      for (let round = 0; round < 4; round++) {
        // Half the rounds do not wait for the lock: a process that finds it taken refuses.
        const wait = round % 2 === 0 ? '0' : '10';
        const tag = `${order}.${round}`;
        const jobs: { args: string[]; note?: string }[] = [
          { args: ['advance', id, '--force', '--reason', `r${tag}`] },
          { args: ['log', id, '--node', 'other', '--channel', 'phone', `A${tag}`], note: `A${tag}` },
          { args: ['log', id, '--node', 'other', '--channel', 'wechat', `B${tag}`], note: `B${tag}` },
          { args: round === 1 ? ['tick', id, 'special_requests_reviewed'] : ['advance', id, '--force', '--reason', `s${tag}`] },
        ];
        const runs = await Promise.all(jobs.map((j) => start(dir, j.args, { ...ENV, GENDAN_LOCK_WAIT: wait })));
        runs.forEach((r, k) => {
          const job = jobs[k]!;
          noStack(r.stderr);
          if (r.code !== 0) expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(job.args[0] === 'advance' ? 20 : 1);
          if (LOCKED.test(r.stderr)) {
            expect(r.code).toBe(2);
            expect(wait, 'waiting for the lock never ends in a refusal').toBe('0');
          } else if (job.note) {
            expect(r.code, r.stderr).toBe(0);
          } else {
            expect([0, 1, 2], r.stderr).toContain(r.code);
          }
          if (r.code !== 0) return;
          if (job.note) logged.push(job.note);
          if (job.args[0] === 'advance') advanced++;
        });
        expect(await loadProblems(dir), `round ${tag}`).toEqual([]);
        const have = notes();
        for (const j of jobs) if (j.note) expect(have.filter((x) => x === j.note).length, j.note).toBe(logged.includes(j.note) ? 1 : 0);
        expect(history() - historyBefore, `round ${tag}`).toBe(advanced);
      }
      expect(readdirSync(join(dir, 'orders')).filter((f) => f.startsWith('.'))).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an order another gendan holds the lock of is refused after the wait, untouched', { timeout: 30_000 }, async () => {
    const { dir, file, id } = workspaceWithOrder();
    const old = readFileSync(file);
    // A live process (this test runner) holds the lock.
    const lock = join(dir, 'orders', `.${file.split('/').pop()}.lock`);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const r = await start(dir, ['log', id, '--node', 'other', '--channel', 'phone', 'x'], { ...ENV, GENDAN_LOCK_WAIT: '0.3' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    noStack(r.stderr);
    expect(readFileSync(file).equals(old)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
