// gendan's date and date-time formats must say what ajv-formats says, for any string.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/load/formats.js';

const theirs = (name: 'date' | 'date-time') => (fullFormats[name] as { validate: (s: string) => boolean }).validate;
const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
/** Strings close to dates and timestamps: right shapes, near misses, odd separators and zones. */
/** Mostly one of the given pieces, sometimes any two (or four) digits. */
const piece = (n: number, ...usual: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 4 }, { arbitrary: digits(n), weight: 1 });
const near = fc
  .tuple(
    piece(4, '2026', '2024', '1900', '2000', '0000', '9999'),
    fc.constantFrom('-', '-', '-', '-', '/', ''),
    piece(2, '01', '02', '06', '12', '13', '00'),
    fc.constant('-'),
    piece(2, '01', '15', '28', '29', '30', '31', '32', '00'),
    fc.constantFrom('T', 'T', 't', ' ', '', '\u3000', 'TT', 'x'),
    piece(2, '09', '23', '24', '00'),
    fc.constantFrom(':', ':', ':', '.'),
    piece(2, '00', '42', '59', '60'),
    fc.constant(':'),
    piece(2, '00', '59', '60', '61'),
    fc.constantFrom('', '', '', '.5', '.123'),
    fc.constantFrom('Z', 'z', '+08:00', '-05:30', '+23:59', '+24:00', '+08:60', '-00:00', '', '+0800', '+08', 'Zt', ' +08:00'),
  )
  .chain((p) =>
    fc.oneof(
      fc.constant(p.slice(0, 5).join('')), // a date
      fc.constant(p.join('')), // a timestamp
      fc.nat(p.join('').length).map((cut) => p.join('').slice(0, cut)),
    ),
  );

describe('date formats', () => {
  for (const name of ['date', 'date-time'] as const) {
    it(`${name}: the same verdict as ajv-formats`, () => {
      fc.assert(
        fc.property(fc.oneof(near, fc.string(), fc.string({ unit: 'grapheme', maxLength: 30 })), (s) => {
          expect(formats[name](s)).toBe(theirs(name)(s));
        }),
        { numRuns: 20_000 },
      );
    });
  }

  it('takes the usual forms and refuses days that do not exist', () => {
    expect(formats.date('2024-02-29')).toBe(true);
    expect(formats.date('2026-02-29')).toBe(false);
    expect(formats.date('1900-02-29')).toBe(false);
    expect(formats['date-time']('2026-05-29T09:42:00+08:00')).toBe(true);
    expect(formats['date-time']('2026-05-29 09:42:00Z')).toBe(true);
    expect(formats['date-time']('2026-05-29T09:42:00')).toBe(false);
    expect(formats['date-time']('2026-06-30T23:59:60Z')).toBe(true); // a leap second
    expect(formats['date-time']('2026-05-29T24:00:00+08:00')).toBe(false);
  });
});
