// Power cut in the middle of a write: the edit path is killed (SIGKILL) before each of
// its file-system calls in turn, and the order file is always the old content or the new,
// byte for byte; whatever the dead process left (lock, temp file) never stops the next
// command. An editor saving the file while gendan works makes gendan refuse, never lose it.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../src/edit/ops.js';
import { gendan } from '../helpers/cli.js';
import { oneOrderWorkspace } from './one-order.js';
import { ensureBuilt } from './build.js';
import { stepEdit } from './stepper.js';

const TODAY = ['--today', '2026-11-28'];
const ENV = { GENDAN_NOW: '2026-11-28T09:30:00+08:00' };
const OPS: Op[] = [{ kind: 'append', path: ['contacts'], item: { date: '2026-11-28', node: 'other', channel: 'phone', note: '断电测试' } }];

interface Case {
  name: string;
  /** Make the order's bytes from the example's text. */
  bytes: (text: string) => Buffer;
}

const CASES: Case[] = [
  { name: 'an example order', bytes: (t) => Buffer.from(t) },
  // Windows line endings and a BOM must survive a killed edit as well as a finished one.
  { name: 'the same order with a BOM and CRLF', bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t.replace(/\n/g, '\r\n'))]) },
];

function setup(c: Case): { dir: string; file: string; old: Buffer } {
  const { dir, file } = oneOrderWorkspace((t) => /^contacts:/m.test(t));
  const old = c.bytes(readFileSync(file, 'utf8'));
  writeFileSync(file, old);
  return { dir, file, old };
}

function contactsIn(bytes: Buffer): number {
  return (bytes.toString('utf8').match(/node: other/g) ?? []).length;
}

describe('SIGKILL before every file-system call of an edit', () => {
  beforeAll(() => ensureBuilt());

  for (const c of CASES) {
    it(`${c.name}: always old or new, byte for byte; the next command works`, { timeout: 180_000 }, async () => {
      // A first run, not killed, lists the steps and gives the new content.
      const dry = setup(c);
      const full = await stepEdit(dry.file, OPS);
      expect(full.outcome).toBe('done');
      const next = readFileSync(dry.file);
      expect(next.equals(dry.old)).toBe(false);
      expect(next.subarray(0, 3).equals(dry.old.subarray(0, 3))).toBe(true);
      expect(full.steps.filter((s) => s === 'writeSync').length).toBeGreaterThan(2);
      const { code: cleanCode } = await gendan(['check', ...TODAY], { cwd: dry.dir });
      rmSync(dry.dir, { recursive: true, force: true });

      // The kills, a few processes at a time (each in its own folder).
      const killed: { k: number; dir: string; file: string; now: Buffer }[] = [];
      const seen = new Set<string>();
      // Every step, except inside a run of the same call (the temp file written piece by
      // piece): there the first and last of the run stand for the rest.
      const st = full.steps;
      const picks = st.map((_, i) => i).filter((i) => st[i - 1] !== st[i] || st[i + 1] !== st[i]);
      for (let from = 0; from < picks.length; from += 4) {
        const ks = picks.slice(from, from + 4);
        await Promise.all(
          ks.map(async (k) => {
            const { dir, file, old } = setup(c);
            const run = await stepEdit(file, OPS, (i) => (i === k ? 'kill' : 'go'));
            expect(run.outcome, `kill before step ${k} (${full.steps[k]})`).toBe('killed');
            // Killed between moving the order aside and linking the new content: the order
            // is whole under its aside name, and the next gendan puts it back.
            const aside = readdirSync(join(dir, 'orders')).filter((f) => f.endsWith('.aside'));
            const now = existsSync(file) ? readFileSync(file) : aside.length === 1 ? readFileSync(join(dir, 'orders', aside[0]!)) : Buffer.alloc(0);
            const which = now.equals(old) ? 'old' : now.equals(next) ? 'new' : 'torn';
            expect(which, `kill before step ${k} (${full.steps[k]})`).not.toBe('torn');
            seen.add(existsSync(file) ? which : `${which}, aside`);
            // What the dead process left: a lock, and between open and rename a partial temp file.
            for (const f of readdirSync(join(dir, 'orders'))) if (f.endsWith('.tmp')) seen.add(readFileSync(join(dir, 'orders', f)).length < next.length ? 'partial temp' : 'full temp');
            killed.push({ k, dir, file, now });
          }),
        );
      }
      // The next gendan takes over the dead process's lock, sweeps its temp file and edits.
      for (const { k, dir, file, now } of killed) {
        const log = await gendan(['log', file, '--node', 'other', '--channel', 'phone', 'after', ...TODAY], { cwd: dir, env: ENV });
        expect(log.code, log.stderr).toBe(0);
        expect(contactsIn(readFileSync(file))).toBe(contactsIn(now) + 1);
        expect(readdirSync(join(dir, 'orders')).filter((f) => f.startsWith('.')), `debris after step ${k}`).toEqual([]);
        expect((await gendan(['check', ...TODAY], { cwd: dir })).code).toBe(cleanCode);
        rmSync(dir, { recursive: true, force: true });
      }
      // Kills landed before and after the rename, and in the middle of writing the temp file.
      expect([...seen].sort()).toEqual(['full temp', 'new', 'old', 'old, aside', 'partial temp']);
    });
  }
});

describe('an editor saving the order while gendan edits it', () => {
  beforeAll(() => ensureBuilt());

  // After the final comparison: the order is moved aside, the new content linked to its
  // name and what was moved aside compared again. A save landing at any of those steps,
  // as a rename over the order or by truncating and rewriting it, is never lost: gendan
  // refuses with the save in place, or finished first and the save replaced its edit.
  for (const style of ['rename', 'in place'] as const) {
    it(`at every point after the final comparison (a save ${style}): the editor’s text stays`, { timeout: 120_000 }, async () => {
      const dry = setup(CASES[0]!);
      const name = dry.file.split('/').pop()!;
      const full = await stepEdit(dry.file, OPS);
      rmSync(dry.dir, { recursive: true, force: true });
      const last = full.steps.lastIndexOf(`readFileSync ${name}`);
      const outcomes = new Set<string>();
      for (let k = last + 1; k < full.steps.length; k++) {
        const { dir, file, old } = setup(CASES[0]!);
        const theirs = Buffer.concat([old, Buffer.from(`# saved in an editor at step ${k}\n`)]);
        const run = await stepEdit(file, OPS, (i) => {
          if (i !== k) return 'go';
          if (style === 'rename') {
            writeFileSync(`${file}.editor~`, theirs);
            renameSync(`${file}.editor~`, file);
          } else writeFileSync(file, theirs);
          return 'go';
        });
        const at = `editor saved before step ${k} (${full.steps[k]})`;
        expect(readFileSync(file).equals(theirs), at).toBe(true);
        expect(['done', 'refused edit/changed'], at).toContain(run.outcome);
        outcomes.add(run.outcome);
        expect(readdirSync(join(dir, 'orders')).filter((f) => f.startsWith('.')), at).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }
      // Both ends were reached: saves gendan caught, and saves that came after it.
      expect([...outcomes].sort()).toEqual(['done', 'refused edit/changed']);
    });
  }

  it('at every point up to the final comparison: gendan refuses and the editor’s text stays', { timeout: 120_000 }, async () => {
    const dry = setup(CASES[0]!);
    const name = dry.file.split('/').pop()!;
    const full = await stepEdit(dry.file, OPS);
    rmSync(dry.dir, { recursive: true, force: true });
    const reads = full.steps.flatMap((s, i) => (s === `readFileSync ${name}` ? [i] : []));
    expect(reads).toHaveLength(2); // read to edit, read again to compare before writing
    for (let k = reads[0]! + 1; k <= reads[1]!; k++) {
      const { dir, file, old } = setup(CASES[0]!);
      const theirs = Buffer.concat([old, Buffer.from('# saved in an editor meanwhile\n')]);
      const run = await stepEdit(file, OPS, (i) => {
        if (i === k) writeFileSync(file, theirs);
        return 'go';
      });
      expect(run.outcome, `editor saved before step ${k} (${full.steps[k]})`).toBe('refused edit/changed');
      expect(readFileSync(file).equals(theirs)).toBe(true);
      expect(readdirSync(join(dir, 'orders')).filter((f) => f.startsWith('.'))).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
