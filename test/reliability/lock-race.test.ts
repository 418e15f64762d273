// Breaking a dead gendan's lock must never remove a live one. Two stepped edits (real
// child processes stopped before each file-system call) are interleaved in the order that
// once lost an update: C judges the old lock dead, B breaks it and takes a new lock, then C
// goes on to break "the dead lock" — and a third gendan must still not get in while B
// holds the lock.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { ensureBuilt } from './build.js';
import { oneOrderWorkspace } from './one-order.js';
import { stepEdit } from './stepper.js';

beforeAll(() => ensureBuilt());

function latch() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}

const note = (text: string) => [{ kind: 'append' as const, path: ['contacts'], item: { date: '2026-11-28', node: 'other', channel: 'phone', note: text } }];

function gendanLog(dir: string, file: string, text: string): Promise<number | null> {
  return new Promise((done) => {
    const env = { PATH: process.env.PATH, GENDAN_TODAY: '2026-11-28', GENDAN_LOCK_WAIT: '0.3' };
    const child = spawn(process.execPath, [BIN, 'log', file, '--node', 'other', '--channel', 'phone', text], { cwd: dir, env, stdio: 'ignore' });
    child.on('exit', (code) => done(code));
  });
}

it('a stale lock broken twice never lets a third writer past a live lock', async () => {
  const { dir, file } = oneOrderWorkspace();
  const lockName = `.${basename(file)}.lock`;
  writeFileSync(join(dirname(file), lockName), JSON.stringify({ pid: 999_999_9, host: hostname() }));

  const cJudged = latch();
  const goC = latch();
  const bHolds = latch();
  const goB = latch();
  let cReads = 0;
  const C = stepEdit(file, note('from C'), async (_i, step): Promise<'go'> => {
    // C has read the dead lock once; hold it just before it tries to break it.
    if (step === `readFileSync ${lockName}` && ++cReads === 1) return 'go';
    if (step.startsWith('openSync') && step.includes('.break') && cReads === 1) {
      cJudged.open();
      await goC.p;
    }
    return 'go';
  });
  await cJudged.p;
  let bWrote = false;
  const B = stepEdit(file, note('from B'), async (_i, step): Promise<'go'> => {
    // B took the lock (written its owner) and is now working on the order: hold it there.
    if (!bWrote && step.startsWith('closeSync')) {
      bWrote = true;
      return 'go';
    }
    if (bWrote && step === `readFileSync ${basename(file)}`) {
      bHolds.open();
      await goB.p;
    }
    return 'go';
  });
  await bHolds.p;
  goC.open(); // C now "breaks" the lock that B holds
  await new Promise((r) => setTimeout(r, 300));
  const d = await gendanLog(dir, file, 'from D'); // must be refused: B still holds the lock
  goB.open();
  const [b, c] = await Promise.all([B, C]);
  const text = readFileSync(file, 'utf8');
  expect(b.outcome).toBe('done');
  // C leaves B's live lock alone and, not waiting (lock wait 0 in the stepped child), refuses.
  expect(c.outcome).toBe('refused edit/locked');
  expect(d).toBe(2);
  expect(text).toContain('from B');
  expect(text).not.toContain('from C');
  expect(text).not.toContain('from D');
  expect(readdirSync(dirname(file)).filter((n) => n.startsWith('.'))).toEqual([]);
});
