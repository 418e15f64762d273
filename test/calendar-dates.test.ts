// toDay reads 'YYYY-MM-DD' by arithmetic (no Date object): it must agree with the Date
// reading it replaced on every string, valid or not; fromDay, also arithmetic, must give
// what Date gives and round-trip through toDay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../src/calendar/dates.js';

/** The reading by Date.UTC: a date only if the parts come back unchanged. */
function byDate(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('toDay', () => {
  it('agrees with Date on every year, month and day written with the right digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(toDay(s), s).toBe(byDate(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Date on any string', () => {
    const chars = fc.constantFrom(...'0123456789-/ .a\u0660');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 12 }), fc.string()), (s) => {
        expect(toDay(s), JSON.stringify(s)).toBe(byDate(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('every day 1800–2300, and every 97th from 0100 to 9999, round-trips, as Date writes it', () => {
    const wrong: number[] = [];
    const check = (day: number) => (toDay(fromDay(day)) !== day || fromDay(day) !== new Date(day * 86_400_000).toISOString().slice(0, 10)) && wrong.push(day);
    for (let day = toDay('1800-01-01')!; day <= toDay('2300-12-31')!; day++) check(day);
    for (let day = toDay('0100-01-01')!; day <= toDay('9999-12-31')!; day += 97) check(day);
    expect(wrong).toEqual([]);
    expect(toDay('2024-02-29')).toBe(byDate('2024-02-29'));
    expect(toDay('2100-02-29')).toBeUndefined();
    expect(toDay('0099-12-31')).toBeUndefined();
  });
});
