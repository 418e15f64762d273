// The packed store gives back exactly what was put in, across chunk boundaries and for
// values larger than a chunk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Packed } from '../../src/app/packed.js';

describe('Packed', () => {
  it('gives back every value as it was put in, in any order of reading', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 50 }), (values) => {
        const packed = new Packed<unknown>();
        const at = values.map((v) => packed.add(v));
        expect(packed.length).toBe(values.length);
        for (const i of [...at].reverse()) expect(packed.get(i)).toEqual(JSON.parse(JSON.stringify(values[i])));
      }),
    );
  });

  it('keeps values across chunks, one larger than a chunk among them', () => {
    const packed = new Packed<{ s: string }>();
    const big = { s: '跟单'.repeat(400_000) }; // 2.4 MB of UTF-8
    const small = (i: number) => ({ s: `entry ${i} 客户` });
    const at: number[] = [];
    for (let i = 0; i < 30_000; i++) at.push(packed.add(i === 12_345 ? big : small(i)));
    for (let i = 0; i < 30_000; i += 997) expect(packed.get(at[i]!)).toEqual(i === 12_345 ? big : small(i));
    expect(packed.get(at[12_345]!)).toEqual(big);
    expect(packed.get(at[29_999]!)).toEqual(small(29_999));
  });
});
