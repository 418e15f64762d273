// Placing problems from a parse of the start of a long file (src/load/positions.ts,
// prefixOf): whatever a prefix places must be placed exactly where a parse of the whole
// file places it, for every path of the data, as key and as value, and every cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../src/model/problem.js';
import { fastParse } from '../../src/load/fast-parse.js';
import { documentOf } from '../../src/load/parse.js';
import { offsetInPrefix, offsetOf, prefixOf } from '../../src/load/positions.js';
import { generatedOrders } from './generated.js';
import { yamlText } from './yaml-gen.js';

/** Every path of the data, and one more step past each leaf and collection. */
function paths(data: unknown, at: DataPath = [], out: DataPath[] = []): DataPath[] {
  out.push(at);
  if (Array.isArray(data)) {
    data.forEach((v, i) => paths(v, [...at, i], out));
    out.push([...at, data.length]);
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) paths(v, [...at, k], out);
    out.push([...at, 'missing']);
  }
  return out;
}

/** Compares every path; returns how many a prefix placed. */
function agree(text: string, size: number): number {
  const data = fastParse(text);
  const prefix = prefixOf(text, size);
  if (data === undefined || prefix === undefined) return 0;
  expect(text.startsWith(prefix)).toBe(true);
  const whole = documentOf(text).doc;
  const start = documentOf(prefix).doc;
  let placed = 0;
  for (const path of paths(data)) {
    for (const at of ['key', 'value'] as const) {
      const early = offsetInPrefix(start, path, at);
      if (early === undefined) continue;
      placed++;
      expect(early, `${JSON.stringify(path)} ${at}, cut at ${prefix.length}`).toBe(offsetOf(whole, path, at));
    }
  }
  return placed;
}

describe('placing problems from the start of a file', () => {
  it('generated orders, cut at every size: the same offsets as the whole file', () => {
    let placed = 0;
    for (const text of generatedOrders({ count: 40, seed: 7, defects: 0.5 })) {
      for (let size = 40; 2 * size <= text.length; size += 97) placed += agree(text, size);
    }
    expect(placed).toBeGreaterThan(1000);
  });

  it('YAML in every style the fast reader takes', () => {
    let placed = 0;
    fc.assert(
      fc.property(yamlText, fc.integer({ min: 1, max: 30 }), (text, size) => {
        placed += agree(text, size);
      }),
      { numRuns: 1000 },
    );
    expect(placed).toBeGreaterThan(100);
  });

  it('does not cut before a `-` item under `key:` in a CRLF file', () => {
    const text = '# yaml-language-server: $schema=x\r\nid:\r\n-\r\n  - bc';
    expect(prefixOf(text, 1)).toBeUndefined();
    expect(prefixOf(text.replace(/\r\n/g, '\n'), 1)).toBeUndefined();
    agree(text, 1);
  });

  it('a short text is parsed whole', () => {
    expect(prefixOf('id: A\nstatus: received\n', 4096)).toBeUndefined();
  });
});
