// money() prints amounts as toLocaleString('en-US') with two decimals does, on any number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/facts/money.js';

const locale = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('money', () => {
  it('groups thousands and rounds half away from zero on the decimal form', () => {
    expect(money(7650)).toBe('7,650.00');
    expect(money(1.005)).toBe('1.01');
    expect(money(-1234567.891)).toBe('-1,234,567.89');
    expect(money(0.004)).toBe('0.00');
    expect(money(-0)).toBe('-0.00');
  });

  it('agrees with toLocaleString on generated amounts', () => {
    const cents = fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 100);
    const any = fc.double({ noNaN: true, noDefaultInfinity: false });
    const near = fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => Number(`${i}.${String(f).padStart(4, '0')}`));
    fc.assert(fc.property(fc.oneof(cents, any, near), (x) => money(x) === locale(x)), { numRuns: 5000 });
  });
});
