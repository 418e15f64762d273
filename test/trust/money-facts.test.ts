// Issue items 6, 7 and 14: over-shipping and over-paying are seen, an order without prices
// is never "paid", and money is counted in cents by one rounding rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depositCents, lineCents, paidCents, toCents, totalCents } from '../../src/facts/money.js';
import { change, fullOrder, run, ws } from '../workflow/fixture.js';

describe('an order without prices is not paid', () => {
  it('the deposit item is unmet and names the lines without a price', async () => {
    const order = change(fullOrder('confirmed'), {
      '{ model: XK-210': '  - { model: XK-210, quantity: 100, unit: pcs }\n  - { model: XK-200, quantity: 50, unit: pcs }',
      'amount: 300': '',
      'amount: 700': '',
      'payments:': '',
    });
    const r = await run(ws({ 'SO-1': order }), ['checklist', 'SO-1']);
    expect(r.stdout).toContain('✗ advance payment received: prices not recorded: line 1, 2 has no `unit_price`, so nothing can count as paid');
    const zh = await run(ws({ 'SO-1': order }), ['checklist', 'SO-1', '--lang', 'zh']);
    expect(zh.stdout).toContain('未登记单价：第 1、2 行没有单价');
  });

  it('state-incomplete counts it like any other fact', async () => {
    const order = change(fullOrder('closed'), { '{ model: XK-210': '  - { model: XK-210, quantity: 100, unit: pcs }' });
    const r = await run(ws({ 'SO-1': order }), ['check', '--format', 'json']);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; message: string }[] }).problems;
    expect(problems.filter((p) => p.rule === 'state-incomplete').map((p) => p.message).join('\n')).toContain('prices not recorded: line 1');
    expect(r.code).toBe(1);
  });
});

describe('shipping and paying more than ordered', () => {
  it('show prints what was really shipped, and check names both problems', async () => {
    const order = change(fullOrder('shipped'), {
      ' shipped: 2026-11-20, carrier': '  - { shipped: 2026-11-20, carrier: 德邦, tracking: "DP1", eta: 2026-11-24, items: [{ model: XK-210, quantity: 60 }] }\n  - { shipped: 2026-11-21, carrier: 德邦, tracking: "DP2", eta: 2026-11-25, items: [{ model: XK-210, quantity: 400 }] }',
      'amount: 700': '  - { date: 2026-11-18, amount: 9700 }',
    });
    const dir = ws({ 'SO-1': order });
    const show = await run(dir, ['show', 'SO-1']);
    expect(show.stdout).toContain('XK-210 460/100 pcs');
    const r = await run(dir, ['check', '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule);
    expect(rules).toContain('over-shipped');
    expect(rules).toContain('overpaid');
    expect(r.code).toBe(1);
  });
});

describe('money in cents, one rounding rule', () => {
  it('3 × 0.335 and 1 × 1.005 both total 1.01: 1.00 paid leaves 0.01 to collect, 1.01 pays', async () => {
    for (const line of ['quantity: 3, unit: pcs, unit_price: 0.335', 'quantity: 1, unit: pcs, unit_price: 1.005']) {
      const order = change(fullOrder('ready'), {
        '{ model: XK-210': `  - { model: SP-KIT, ${line} }`,
        'amount: 300': '  - { date: 2026-11-05, amount: 1.00 }',
        'amount: 700': '',
      });
      const r = await run(ws({ 'SO-1': order }), ['checklist', 'SO-1']);
      expect(r.stdout).toContain('payments total CNY 1.00 of 1.01; 0.01 still to collect');
      const paid = await run(ws({ 'SO-1': order.replace('amount: 1.00', 'amount: 1.01') }), ['checklist', 'SO-1']);
      expect(paid.stdout).toContain('✓ balance received');
    }
  });

  it('a line total is the exact product rounded half-up to cents', () => {
    // Exact reference: integers scaled by 10^k, so the product is exact in BigInt.
    const scaled = fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(scaled, scaled, ([qi, qs], [pi, ps]) => {
        const q = qi / 10 ** qs;
        const p = pi / 10 ** ps;
        const exact = BigInt(qi) * BigInt(pi); // × 10^-(qs+ps)
        const shift = qs + ps - 2;
        const want = shift <= 0 ? exact * 10n ** BigInt(-shift) : (exact * 2n + 10n ** BigInt(shift)) / (2n * 10n ** BigInt(shift));
        return lineCents(q, p) === want;
      }),
      { numRuns: 3000 },
    );
  });

  it('the total is the sum of rounded line totals, independent of line order', () => {
    const price = fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 1000);
    const line = fc.record({ quantity: fc.integer({ min: 1, max: 10_000 }), unit_price: price });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const order = { lines: lines.map((l) => ({ model: 'M', unit: 'pcs', ...l })) };
        const sum = lines.reduce((s, l) => s + lineCents(l.quantity, l.unit_price), 0n);
        return totalCents(order) === sum && totalCents({ lines: [...order.lines].reverse() }) === sum;
      }),
      { numRuns: 1000 },
    );
  });

  it('sums made in Numbers agree with BigInt sums, up to amounts where Numbers are not exact', () => {
    // Big quantities, prices with many decimals and payments near 2^53 cents: the quick sums
    // must step back to BigInts wherever a Number could be off by a cent.
    const scaledNumber = (maxInt: number, maxScale: number) =>
      fc.tuple(fc.integer({ min: -maxInt, max: maxInt }), fc.integer({ min: 0, max: maxScale })).map(([i, k]) => ({ x: i / 10 ** k, i, k }));
    const halfUp = (n: bigint, shift: number) => {
      if (shift <= 0) return n * 10n ** BigInt(-shift);
      const d = 10n ** BigInt(shift);
      const a = n < 0n ? -n : n;
      const q = (a * 2n + d) / (2n * d);
      return n < 0n ? -q : q;
    };
    const line = fc.record({ q: scaledNumber(1e12, 3), p: scaledNumber(1e9, 6) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(scaledNumber(2 ** 53, 4), { maxLength: 4 }), scaledNumber(100, 2), (lines, pays, pct) => {
        // The exact value of a Number is what its shortest decimal form says (as gendan reads it).
        const exactOf = (x: number) => {
          const [int, frac = ''] = String(x).split('.');
          return { n: BigInt(`${int}${frac}`), scale: frac.length };
        };
        const usable = (x: number) => !/e/.test(String(x));
        fc.pre([...lines.flatMap((l) => [l.q.x, l.p.x]), ...pays.map((p) => p.x), pct.x].every(usable));
        const order = {
          lines: lines.map((l) => ({ model: 'M', unit: 'pcs', quantity: l.q.x, unit_price: l.p.x })),
          payments: pays.map((p) => ({ date: '2026-01-01', amount: p.x })),
          payment: { deposit_percent: pct.x },
        };
        const total = lines.reduce((sum, l) => sum + lineCents(l.q.x, l.p.x), 0n);
        expect(totalCents(order)).toBe(total);
        expect(paidCents(order)).toBe(pays.reduce((sum, p) => sum + toCents(p.x), 0n));
        const d = exactOf(pct.x);
        expect(depositCents(order)).toBe(halfUp(total * d.n, d.scale + 2));
        // The same lines under another percent (sums are kept by the lines they are of).
        const other = { ...order, payment: { deposit_percent: pct.x === 30 ? 50 : 30 } };
        expect(depositCents(other)).toBe(halfUp(total * BigInt(other.payment.deposit_percent), 2));
        expect(depositCents(order)).toBe(halfUp(total * d.n, d.scale + 2));
      }),
      { numRuns: 3000 },
    );
  });

  it('an amount counts as its shortest decimal form says, whatever the Number', () => {
    // Reference: the digits of String(x), scaled and rounded half-up in BigInt.
    const reference = (x: number) => {
      const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x))!;
      const frac = m[3] ?? '';
      let n = BigInt(`${m[2]}${frac}`);
      let scale = frac.length - Number(m[4] ?? 0);
      if (scale < 0) [n, scale] = [n * 10n ** BigInt(-scale), 0];
      const shift = scale - 2;
      const q = shift <= 0 ? n * 10n ** BigInt(-shift) : (n * 2n + 10n ** BigInt(shift)) / (2n * 10n ** BigInt(shift));
      return m[1] === '-' ? -q : q;
    };
    const amount = fc.oneof(
      fc.double({ min: -2e9, max: 2e9, noNaN: true }),
      fc.double({ min: -1e16, max: 1e16, noNaN: true }),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([i, k]) => i / 10 ** k),
      fc.tuple(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 12 })).map(([i, k]) => i / 10 ** k),
      fc.constantFrom(0.1 + 0.2, 1.005, 0.335, 999999999.999999, 1e-7, 123456789.123456, -0.005),
    );
    fc.assert(
      fc.property(amount, (x) => toCents(x) === reference(x)),
      { numRuns: 20_000 },
    );
  });

  it('payments round half-up to cents', () => {
    expect(toCents(1.005)).toBe(101n);
    expect(toCents(0.004)).toBe(0n);
    expect(toCents(1e21)).toBe(100000000000000000000000n);
  });
});
