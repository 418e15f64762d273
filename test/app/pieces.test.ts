// Large output is made and written in pieces, and report digests are compacted as they
// arrive: neither may change a byte or a value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Pieces } from '../../src/cli/io.js';
import { Strings } from '../../src/app/compact.js';

describe('utf8Pieces', () => {
  it('gives the bytes of the text, whatever the piece size, never splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 2, max: 9 }), (text, piece) => {
        const pieces = [...utf8Pieces(text, piece)];
        expect(Buffer.concat(pieces).equals(Buffer.from(text, 'utf8'))).toBe(true);
        for (const p of pieces) expect(p.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a surrogate pair whole across the piece boundary', () => {
    const text = `${'a'.repeat(3)}😀${'订'.repeat(5)}`;
    const pieces = [...utf8Pieces(text, 4)].map((b) => b.toString('utf8'));
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]).toBe('aaa');
    expect(pieces[1]).toBe('😀订订');
  });
});

describe('Strings.compact', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.constantFrom('tell', 'shipped', 'reports/what/notify'), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.constantFrom('order', 'file', 'id', 'args', 'what', 'items', 'x'), tie('value'), { maxKeys: 5 }),
  })).value;

  it('leaves every value as it was, made here (slices) or received', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 6 }), fc.boolean(), (values, sliced) => {
        const strings = new Strings();
        const before = structuredClone(values);
        expect(strings.compact(values, sliced)).toEqual(before);
        expect(strings.compact(structuredClone(before), !sliced)).toEqual(before);
      }),
    );
  });

  it('does not touch frozen objects', () => {
    const frozen = Object.freeze({ id: 'x'.repeat(20) });
    expect(new Strings().compact([{ what: frozen }], true)[0]!.what).toBe(frozen);
  });
});
