// The cache read a piece at a time (for `today`) trusts exactly what the whole read (for
// `check`) trusts, and finds the same entries with problems: on caches of any size, with
// entries longer than a piece, and damaged anywhere.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemEntries, readCache } from '../../src/app/cache/store.js';
import type { CacheKey } from '../../src/app/cache/key.js';
import { tempDir } from '../helpers/cli.js';

const KEY: CacheKey = { build: 'b', config: 'c', catalog: 'k', schemas: 's', calendar: 'h' };

interface Entry {
  path: string;
  problems: boolean;
  /** Length of a note in the outcome, to make lines of any length (past a 64 KB piece too). */
  size: number;
}

const entryArb = fc.record({ path: fc.string({ minLength: 1, maxLength: 30 }), problems: fc.boolean(), size: fc.oneof(fc.nat(300), fc.nat(150_000)) });

function tailOf(e: Entry, i: number): string {
  const note = 'x'.repeat(e.size);
  const payload = e.problems ? `P${JSON.stringify({ order: note, problems: [] })}` : `S{"id":"${note}"}`;
  return `1:2:3:${i}\t0\t-\t-\t-\t${payload}`;
}

function cacheBytes(root: string, entries: Entry[]): Buffer {
  const body = `${[JSON.stringify({ cache: 'gendan check cache', version: 1, root, ...KEY }), ...entries.map((e, i) => `${JSON.stringify(e.path)}\t${tailOf(e, i)}`)].join('\n')}\n`;
  const sha256 = createHash('sha256').update(body).digest('base64url');
  return Buffer.from(`${body}${JSON.stringify({ entries: entries.length, sha256 })}\n`);
}

/** What each reading makes of the cache in `dir`: whether it was trusted, and the entries with problems. */
function both(dir: string, root: string) {
  const whole = readCache([dir], root, KEY, String);
  const fromWhole = 'ignored' in whole ? [] : [...whole.entries.entries()].map(([p, k]) => [p, whole.entries.tail(k)] as [string, string]).filter(([, t]) => t[t.lastIndexOf('\t') + 1] === 'P');
  return { trusted: !('ignored' in whole), fromWhole, inPieces: problemEntries([dir], root, KEY) };
}

describe('the check cache read a piece at a time', () => {
  it('finds the entries with problems the whole read finds, and trusts what it trusts', () => {
    const dir = tempDir('gendan-pieces-');
    const root = '/ws';
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.path, maxLength: 12 }), fc.option(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }))), (entries, spoil) => {
        let bytes = cacheBytes(root, entries);
        if (spoil) {
          const [where, how] = spoil;
          const at = Math.floor((where / 1_000_001) * bytes.length); // anywhere in the file
          if (how === 0) bytes = bytes.subarray(0, at); // cut short
          else if (how === 1) bytes = Buffer.from(bytes.map((x, i) => (i === at ? x ^ 1 : x))); // a bit flipped
          else if (how === 2) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from('\n'), bytes.subarray(at)]); // a line broken
          else bytes = Buffer.concat([bytes, Buffer.from('"x"\t1:1:1:1\t0\t-\t-\t-\tS\n')]); // a line added after the trailer
        }
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'check.jsonl'), bytes);
        const r = both(dir, root);
        if (!spoil) expect(r.trusted).toBe(true);
        expect(r.inPieces).toEqual(r.fromWhole);
        if (r.trusted) expect(r.inPieces.map(([p]) => p)).toEqual(entries.filter((e) => e.problems).map((e) => e.path));
      }),
      { numRuns: 60 },
    );
  });

  it('trusts nothing of another workspace, another key, or a folder that is no cache', () => {
    const dir = tempDir('gendan-pieces-');
    writeFileSync(join(dir, 'check.jsonl'), cacheBytes('/ws', [{ path: '/ws/a.yaml', problems: true, size: 10 }]));
    expect(problemEntries([dir], '/ws', KEY)).toHaveLength(1);
    expect(problemEntries([dir], '/other', KEY)).toEqual([]);
    expect(problemEntries([dir], '/ws', { ...KEY, config: 'changed' })).toEqual([]);
    expect(problemEntries([join(dir, 'none'), dir], '/ws', KEY)).toHaveLength(1);
    mkdirSync(join(dir, 'sub', 'check.jsonl'), { recursive: true });
    expect(problemEntries([join(dir, 'sub')], '/ws', KEY)).toEqual([]);
  });
});
