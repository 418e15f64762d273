// The check cache never changes what check says: random sequences of edits (rewrites, edits
// that keep the size and put the old mtime back, deletions, new files, renames, another
// day, another config), each followed by a check with the cache and one without, compared
// byte for byte. Edits follow each other within milliseconds, so many fall in the same
// second as the read before them: the cache's racy-clean rule is exercised all along.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, smallWorkspace } from './helpers.js';

const FILES = 5;
const DAYS = ['2026-10-01', '2026-11-28'];

/** Versions of an order's text: each makes check say something else. */
function variants(text: string, otherId: string): string[] {
  return [
    text,
    text.replace(/quantity: \d+/, 'quantity: 7'),
    text.replace(/^id: .*$/m, `id: ${otherId}`),
    `${text}bogus_key: 1\n`,
    // Received, without a confirmation date: delivery-infeasible counts from today.
    text.replace(/^status: .*$/m, 'status: received').replace(/^ {2}date: .*\n/m, ''),
    'id: [\n',
    text.replace(/^ordered: .*$/m, 'ordered: 2027-02-30'),
  ];
}

/** The same size, another digit, and the old mtime put back (to the nanosecond). */
function sameSizeEdit(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  const at = text.search(/\d/);
  if (at < 0) return false;
  const digit = text[at] === '9' ? '8' : String(Number(text[at]) + 1);
  const st = statSync(path, { bigint: true });
  writeFileSync(path, text.slice(0, at) + digit + text.slice(at + 1));
  const ns = st.mtimeNs % 1_000_000_000n;
  const r = spawnSync('touch', ['-m', '-d', `@${st.mtimeNs / 1_000_000_000n}.${ns.toString().padStart(9, '0')}`, path]);
  expect(r.status).toBe(0);
  const after = statSync(path, { bigint: true });
  expect([after.size, after.mtimeNs]).toEqual([st.size, st.mtimeNs]);
  return true;
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('rewrite' as const), file: fc.nat(FILES - 1), variant: fc.nat(6) }),
  fc.record({ kind: fc.constant('same-size' as const), file: fc.nat(FILES - 1) }),
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat(FILES - 1) }),
  fc.record({ kind: fc.constant('rename' as const), file: fc.nat(FILES - 1) }),
  fc.record({ kind: fc.constant('day' as const), day: fc.nat(DAYS.length - 1) }),
  fc.record({ kind: fc.constant('config' as const) }),
  fc.record({ kind: fc.constant('twice' as const), file: fc.nat(FILES - 1), a: fc.nat(6), b: fc.nat(6) }),
);

describe('check cache', () => {
  it('gives the output of an uncached check after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dir = smallWorkspace(FILES);
        const orders = join(dir, 'orders');
        const names = (await import('node:fs')).readdirSync(orders).sort();
        const originals = names.map((n) => readFileSync(join(orders, n), 'utf8'));
        const ids = names.map((n) => n.replace(/\.yaml$/, ''));
        const path = (i: number) => join(orders, names[i]!);
        let day = DAYS[1]!;
        let rulesOff = false;
        const compare = async (configChanged: boolean) => {
          // Text on one day, JSON on the other: every step also moves today back and forth.
          for (const format of ['text', 'json']) {
            const args = ['--today', format === 'text' ? day : DAYS.find((d) => d !== day)!, '--format', format];
            const plain = await check(dir, args, false);
            const cached = await check(dir, args);
            expect(cached.stdout).toBe(plain.stdout);
            expect(cached.code).toBe(plain.code);
            if (configChanged && format === 'text') expect(cached.stderr).toMatch(/^gendan: the check cache \S+ was made with another configuration: ignored, and made anew\n/);
            else expect(cached.stderr).toBe(plain.stderr);
          }
        };
        await compare(false);
        for (const s of steps) {
          let configChanged = false;
          if (s.kind === 'rewrite' || s.kind === 'twice') {
            const v = variants(originals[s.file]!, ids[(s.file + 1) % FILES]!);
            writeFileSync(path(s.file), v[s.kind === 'rewrite' ? s.variant : s.a]!);
            // Two edits in a row, within the same second, with no check between.
            if (s.kind === 'twice') writeFileSync(path(s.file), v[s.b]!);
          } else if (s.kind === 'same-size') {
            if (existsSync(path(s.file))) sameSizeEdit(path(s.file));
          } else if (s.kind === 'delete') {
            rmSync(path(s.file), { force: true });
          } else if (s.kind === 'rename') {
            // Same inode, same times, another path (and so another id-filename verdict).
            const to = join(orders, `moved-${names[s.file]}`);
            if (existsSync(path(s.file))) renameSync(path(s.file), to);
            else writeFileSync(path(s.file), originals[s.file]!);
          } else if (s.kind === 'day') {
            day = DAYS[s.day]!;
          } else {
            rulesOff = !rulesOff;
            const config = readFileSync(join(dir, 'gendan.yaml'), 'utf8').replace(/\nrules: .*\n$/, '\n');
            writeFileSync(join(dir, 'gendan.yaml'), rulesOff ? `${config}rules: { below-moq: off, id-filename: error }\n` : config);
            configChanged = true;
          }
          await compare(configChanged);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: Number(process.env.GENDAN_FUZZ_RUNS ?? 12) },
    );
  }, 120_000);
});
