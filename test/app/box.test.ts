// Large tables are drawn by format/box.ts instead of cli-table3: the text must be the same,
// byte for byte, for every table shape gendan makes (and random ones).
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxable, boxText } from '../../src/format/box.js';
import { gendan } from '../helpers/cli.js';
import { generate } from '../../bench/generate.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cliTable3(head: string[], body: string[][], right: boolean[]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: right.map((r) => (r ? 'right' : 'left')) });
  for (const row of body) table.push(row);
  return table.toString();
}

const bold = new Chalk({ level: 1 }).bold;
const word = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'SO-2026-0117', '重庆渝发矿山机械厂', '已发货', '92,500.60', '2026-06-15', 'Hanoi Steel Works JSC', '✗ 待办', '→', '·', 'e\u0301', '😀', 'ｶﾀｶﾅ', '１２３', 'a  b'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const cell = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.array(word, { minLength: 2, maxLength: 3 }).map((ls) => ls.join('\n')) });

describe('box tables', () => {
  it('are drawn as cli-table3 draws them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((cols) =>
          fc.tuple(fc.array(word, { minLength: cols, maxLength: cols }), fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 12 }), fc.array(fc.boolean(), { minLength: cols, maxLength: cols }), fc.boolean()),
        ),
        ([head, body, right, colored]) => {
          const h = colored ? head.map((x) => bold(x)) : head;
          fc.pre(boxable(h, body));
          expect(boxText(h, body, right)).toBe(cliTable3(h, body, right));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leave to cli-table3 what they cannot draw the same', () => {
    expect(boxable(['a'], [['\x1b[31mred\x1b[39m']])).toBe(false);
    expect(boxable(['a', 'b'], [['x']])).toBe(false);
    expect(boxable([], [])).toBe(false);
  });

  it('give the same list as cli-table3 on a generated workspace, in zh and en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gendan-box-'));
    try {
      generate(dir, { count: 260, seed: 3, defects: 0.05, quoteDates: true });
      for (const lang of ['zh', 'en']) {
        const list = await gendan(['list', '--lang', lang, '--today', '2026-06-15'], { cwd: dir, env: { NO_COLOR: '1' } });
        expect(list.code).toBe(0);
        // The drawn table, taken apart and drawn again by cli-table3, is the same text.
        const lines = list.stdout.split('\n');
        const table = lines.slice(0, lines.findIndex((l) => l.startsWith('└')) + 1);
        expect(table.length).toBeGreaterThan(200);
        const raw = (l: string) => l.slice(1, -1).split('│');
        const head = raw(table[1]!).map((c) => c.trim());
        const body = table.slice(3, -1).map((l) => raw(l).map((c) => c.trim()));
        const right = head.map((_, i) => table.slice(3, -1).some((l) => /^ {2,}\S/.test(raw(l)[i]!)));
        expect(right.some((r) => r)).toBe(true);
        expect(table.join('\n')).toBe(cliTable3(head, body, right));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
