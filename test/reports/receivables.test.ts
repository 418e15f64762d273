// `gendan report receivables` through the CLI: the balance due date per payment term,
// each aging bucket at its boundaries, partial payments, currencies kept apart, totals,
// the oldest item and the contact; then the four formats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from './fixture.js';

const T = '2026-11-25';

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

interface Row {
  customer: string;
  currency: string;
  contact: string | null;
  phone: string | null;
  orders: number;
  outstanding: number;
  not_due: number;
  d1_30: number;
  d31_60: number;
  d61_90: number;
  d90_plus: number;
  oldest: { order: string; due: string | null; days_past_due: number | null };
}

async function receivables(cwd: string, args: string[] = []): Promise<{ rows: Row[]; totals: Omit<Row, 'customer' | 'contact' | 'phone' | 'oldest'>[] }> {
  const r = await gendan(['report', 'receivables', '--today', T, '--format', 'json', ...args], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** A delivered order (300 pcs × 100 = 30,000.00) with these terms, delivered `ago` days before T, `paid` paid. */
function delivered(id: string, balance: Record<string, unknown>, ago: number, paid: number[] = []): Record<string, unknown> {
  const date = addDays(T, -ago);
  return order(id, 'delivered', {
    payment: { deposit_percent: 0, ...balance },
    shipments: [{ shipped: addDays(date, -3), carrier: '德邦物流', tracking: 'DB1', delivered: date }],
    payments: paid.map((amount, i) => ({ date: addDays(date, -10 + i), amount })),
  });
}

const zero = { not_due: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };

describe('one order: which bucket its balance falls in', () => {
  // [case, order, expected outstanding, bucket, due, days past due]
  const table: [string, Record<string, unknown>, number, keyof typeof zero, string | null, number | null][] = [
    ['on delivery, delivered today: not yet due', delivered('SO-1', { balance: 'on_delivery' }, 0), 30000, 'not_due', T, 0],
    ['on delivery, delivered yesterday: 1 day', delivered('SO-1', { balance: 'on_delivery' }, 1), 30000, 'd1_30', addDays(T, -1), 1],
    ['30 days past due is still 1–30', delivered('SO-1', { balance: 'on_delivery' }, 30), 30000, 'd1_30', addDays(T, -30), 30],
    ['31 days: 31–60', delivered('SO-1', { balance: 'on_delivery' }, 31), 30000, 'd31_60', addDays(T, -31), 31],
    ['60 days: 31–60', delivered('SO-1', { balance: 'on_delivery' }, 60), 30000, 'd31_60', addDays(T, -60), 60],
    ['61 days: 61–90', delivered('SO-1', { balance: 'on_delivery' }, 61), 30000, 'd61_90', addDays(T, -61), 61],
    ['90 days: 61–90', delivered('SO-1', { balance: 'on_delivery' }, 90), 30000, 'd61_90', addDays(T, -90), 90],
    ['91 days: over 90', delivered('SO-1', { balance: 'on_delivery' }, 91), 30000, 'd90_plus', addDays(T, -91), 91],
    ['30 days after delivery, delivered 45 days ago: 15 days', delivered('SO-1', { balance: 'days_after_delivery', balance_days: 30 }, 45), 30000, 'd1_30', addDays(T, -15), 15],
    ['30 days after delivery, delivered 20 days ago: due in 10', delivered('SO-1', { balance: 'days_after_delivery', balance_days: 30 }, 20), 30000, 'not_due', addDays(T, 10), -10],
    ['a partial payment leaves the rest', delivered('SO-1', { balance: 'on_delivery' }, 40, [9000, 1000.5]), 19999.5, 'd31_60', addDays(T, -40), 40],
    [
      'before shipment: due on the first shipment',
      order('SO-1', 'shipped', {
        payment: { deposit_percent: 30, balance: 'before_shipment' },
        payments: [{ date: '2026-11-03', amount: 9000 }],
        shipments: [{ shipped: '2026-11-20', carrier: '德邦物流', tracking: 'DB2' }, { shipped: '2026-11-12', carrier: '德邦物流', tracking: 'DB1', items: [{ model: 'XK-200', quantity: 100 }] }],
      }),
      21000,
      'd1_30',
      '2026-11-12',
      13,
    ],
    ['before shipment, nothing shipped: not due, no date', order('SO-1', 'preparing', { payment: { deposit_percent: 30, balance: 'before_shipment' }, payments: [{ date: '2026-11-03', amount: 9000 }] }), 21000, 'not_due', null, null],
    [
      'on delivery, one of two shipments delivered: not due yet',
      order('SO-1', 'shipped', {
        payment: { balance: 'on_delivery' },
        shipments: [
          { shipped: '2026-11-01', carrier: '德邦物流', tracking: 'DB1', items: [{ model: 'XK-200', quantity: 100 }], delivered: '2026-11-03' },
          { shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB2' },
        ],
      }),
      30000,
      'not_due',
      null,
      null,
    ],
    ['no payment terms: never past due', order('SO-1', 'received'), 30000, 'not_due', null, null],
  ];
  for (const [name, o, owed, bucket, due, days] of table) {
    it(name, async () => {
      const { rows, totals } = await receivables(ws([o]));
      expect(rows).toEqual([
        {
          customer: '宁波恒达机械有限公司',
          currency: 'CNY',
          contact: '王经理',
          phone: '+86 574 8888 1234',
          orders: 1,
          outstanding: owed,
          ...zero,
          [bucket]: owed,
          oldest: { order: 'SO-1', due, days_past_due: days },
        },
      ]);
      expect(totals).toEqual([{ currency: 'CNY', orders: 1, outstanding: owed, ...zero, [bucket]: owed }]);
    });
  }

  it('owes nothing when fully paid, overpaid or cancelled', async () => {
    const { rows, totals } = await receivables(
      ws([
        delivered('SO-1', { balance: 'on_delivery' }, 40, [30000]),
        delivered('SO-2', { balance: 'on_delivery' }, 40, [20000, 10000.01]),
        order('SO-3', 'cancelled', { payment: { balance: 'on_delivery' }, history: [{ at: '2026-11-03T09:00:00+08:00', from: 'received', to: 'cancelled', reason: '客户取消' }] }),
        order('SO-4', 'received', { lines: [{ model: 'XK-200', quantity: 300, unit: 'pcs' }] }),
      ]),
    );
    expect(rows).toEqual([]);
    expect(totals).toEqual([]);
  });
});

describe('several orders', () => {
  const usd = { currency: 'USD', customer: { name: 'Andes Mining', contact: 'Ms. Quispe' } };
  const orders = [
    delivered('SO-1', { balance: 'on_delivery' }, 10, [5000]), // CNY 25,000 in 1–30
    delivered('SO-2', { balance: 'on_delivery' }, 100), // CNY 30,000 over 90: the oldest
    { ...order('SO-3', 'preparing', { payment: { deposit_percent: 30, balance: 'before_shipment' }, payments: [{ date: '2026-11-03', amount: 9000 }] }), customer: { name: '宁波恒达机械有限公司', contact: '李工', phone: '139 0000 0000' }, ordered: '2026-11-20' }, // CNY 21,000 not due; the latest contact
    { ...delivered('SO-4', { balance: 'on_delivery' }, 50, [1000]), ...usd }, // USD 29,000 in 31–60
    { ...order('SO-5', 'delivered', { lines: [{ model: 'XK-200', quantity: 3, unit: 'pcs', unit_price: 0.1 }] }), customer: { name: '天津滨海' } }, // CNY 0.30, no terms, no contact
  ];

  it('groups by customer and currency, keeps currencies apart, and totals each currency', async () => {
    const { rows, totals } = await receivables(ws(orders));
    expect(rows).toEqual([
      { customer: '宁波恒达机械有限公司', currency: 'CNY', contact: '李工', phone: '139 0000 0000', orders: 3, outstanding: 76000, ...zero, not_due: 21000, d1_30: 25000, d90_plus: 30000, oldest: { order: 'SO-2', due: addDays(T, -100), days_past_due: 100 } },
      { customer: '天津滨海', currency: 'CNY', contact: null, phone: null, orders: 1, outstanding: 0.3, ...zero, not_due: 0.3, oldest: { order: 'SO-5', due: null, days_past_due: null } },
      { customer: 'Andes Mining', currency: 'USD', contact: 'Ms. Quispe', phone: null, orders: 1, outstanding: 29000, ...zero, d31_60: 29000, oldest: { order: 'SO-4', due: addDays(T, -50), days_past_due: 50 } },
    ]);
    expect(totals).toEqual([
      { currency: 'CNY', orders: 4, outstanding: 76000.3, ...zero, not_due: 21000.3, d1_30: 25000, d90_plus: 30000 },
      { currency: 'USD', orders: 1, outstanding: 29000, ...zero, d31_60: 29000 },
    ]);
  });

  it('a balance past due is the same money the overdue report asks for', async () => {
    const cwd = ws(orders);
    const { rows } = await receivables(cwd, ['--customer', '恒达']);
    const overdue = (await report('overdue', cwd, T)).rows.filter((r) => r.kind === 'payment');
    expect(overdue.map((r) => r.order).sort()).toEqual(['SO-1', 'SO-2', 'SO-4']);
    expect(overdue.find((r) => r.order === 'SO-2')!.what).toContain('30,000.00 CNY');
    expect(rows[0]!.d1_30 + rows[0]!.d90_plus).toBe(55000);
  });

  it('prints a table with the contact under the customer and a total per currency', async () => {
    const r = await gendan(['report', 'receivables', '--today', T], { cwd: ws(orders) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Receivables — 2026-11-25');
    expect(r.stdout).toMatch(/│ 宁波恒达机械有限公司 +│ CNY +│ +76,000\.00 │ +21,000\.00 │ +25,000\.00 │ +│ +│ +30,000\.00 │ SO-2 100 d late +│/);
    expect(r.stdout).toMatch(/│ 李工 139 0000 0000 +│/);
    expect(r.stdout).toMatch(/│ Total +│ USD +│ +29,000\.00 │/);
    const zh = await gendan(['report', 'receivables', '--today', T, '--lang', 'zh'], { cwd: ws(orders) });
    expect(zh.stdout).toContain('应收账款账龄 — 2026-11-25');
    expect(zh.stdout).toContain('SO-2 逾期100天');
    expect(zh.stdout).toContain('合计');
    expect(zh.stdout).not.toMatch(/not due|Total|late/);
  });

  it('writes markdown and csv, amounts in csv without separators', async () => {
    const cwd = ws(orders);
    const md = await gendan(['report', 'receivables', '--today', T, '--format', 'markdown'], { cwd });
    expect(md.stdout).toContain('## Receivables — 2026-11-25');
    expect(md.stdout).toContain('| 宁波恒达机械有限公司<br>李工 139 0000 0000 | CNY | 76,000.00 | 21,000.00 | 25,000.00 |  |  | 30,000.00 | SO-2 100 d late |');
    expect(md.stdout).toContain('| **Total** | USD | **29,000.00** |  | ');
    const csv = await gendan(['report', 'receivables', '--today', T, '--format', 'csv'], { cwd });
    expect(csv.stdout.split('\r\n')).toEqual([
      'customer,currency,contact,phone,orders,outstanding,not_due,d1_30,d31_60,d61_90,d90_plus,oldest_order,oldest_due,oldest_days_past_due',
      `宁波恒达机械有限公司,CNY,李工,139 0000 0000,3,76000.00,21000.00,25000.00,0.00,0.00,30000.00,SO-2,${addDays(T, -100)},100`,
      '天津滨海,CNY,,,1,0.30,0.30,0.00,0.00,0.00,0.00,SO-5,,',
      `Andes Mining,USD,Ms. Quispe,,1,29000.00,0.00,0.00,29000.00,0.00,0.00,SO-4,${addDays(T, -50)},50`,
      '',
    ]);
  });

  it('says when nothing is owed, and --exit-code exits 1 only when something is', async () => {
    const none = await gendan(['report', 'receivables', '--today', T, '--exit-code'], { cwd: ws([delivered('SO-1', { balance: 'on_delivery' }, 1, [30000])]) });
    expect(none).toMatchObject({ code: 0, stdout: 'Receivables — 2026-11-25\nNothing is owed.\n' });
    expect((await gendan(['report', 'receivables', '--today', T, '--exit-code'], { cwd: ws(orders) })).code).toBe(1);
  });
});

describe('property: the buckets add up to what is owed, per order and in total', () => {
  it('for any mix of terms, delivery dates and payments', async () => {
    const terms = fc.constantFrom({ balance: 'on_delivery' }, { balance: 'days_after_delivery', balance_days: 30 }, { balance: 'days_after_delivery', balance_days: 60 });
    const one = fc.record({ terms, ago: fc.integer({ min: 0, max: 200 }), paid: fc.array(fc.integer({ min: 0, max: 1_500_000 }).map((c) => c / 100), { maxLength: 3 }), currency: fc.constantFrom('CNY', 'USD') });
    await fc.assert(
      fc.asyncProperty(fc.array(one, { minLength: 1, maxLength: 6 }), async (list) => {
        const orders = list.map((o, i) => ({ ...delivered(`SO-${i + 1}`, o.terms, o.ago, o.paid), currency: o.currency }));
        const { rows, totals } = await receivables(ws(orders));
        for (const cur of ['CNY', 'USD']) {
          const owed = list.filter((o) => o.currency === cur).reduce((s, o) => s + Math.max(0, 3_000_000 - o.paid.reduce((a, b) => a + Math.round(b * 100), 0)), 0) / 100;
          const total = totals.find((x) => x.currency === cur);
          expect(total?.outstanding ?? 0).toBeCloseTo(owed, 2);
          for (const r of [...rows.filter((x) => x.currency === cur), ...(total ? [total] : [])]) {
            expect(Math.round((r.not_due + r.d1_30 + r.d31_60 + r.d61_90 + r.d90_plus) * 100)).toBe(Math.round(r.outstanding * 100));
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});
