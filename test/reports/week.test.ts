// `gendan report week` through the CLI: what counts in the week (its first and last day,
// not the day before or after), per salesperson, currencies apart, partial payments,
// promised dates moved (from `changes`), late now; formats and --from.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, ws } from './fixture.js';

const T = '2026-11-27'; // a Friday; the week is Mon 11-23 … Sun 11-29
const ship = (shipped: string, delivered?: string) => ({ shipped, carrier: '德邦物流', tracking: `DB${shipped}`, ...(delivered ? { delivered } : {}) });

const orders = [
  // 李娜: new on Monday, confirmed the same day; a partial payment (deposit) that week.
  order('SO-1', 'confirmed', { ordered: '2026-11-23', confirmation: { date: '2026-11-23', channel: 'phone', terms: ['delivery', 'payment', 'quality'] }, payments: [{ date: '2026-11-24', amount: 9000 }], delivery: { promised: '2027-01-20' } }),
  // 李娜: new on the Sunday that ends the week, in USD.
  order('SO-2', 'received', { ordered: '2026-11-29', currency: 'USD', lines: [{ model: 'XK-200', quantity: 10, unit: 'pcs', unit_price: 12.5 }] }),
  // 李娜: ordered the Sunday before (not new), shipped and delivered this week, balance paid; late now? no.
  order('SO-3', 'delivered', {
    ordered: '2026-11-22',
    confirmation: { date: '2026-10-30', channel: 'phone', terms: ['delivery'] },
    shipments: [ship('2026-11-23', '2026-11-25')],
    payments: [{ date: '2026-11-22', amount: 100 }, { date: '2026-11-25', amount: 29900 }],
  }),
  // 王磊: late for delivery now, its promised date moved twice this week and once the week before.
  order('SO-4', 'preparing', {
    sales: '王磊',
    ordered: '2026-10-01',
    delivery: { promised: '2026-11-26' },
    changes: [
      { date: '2026-11-16', field: 'delivery.promised', from: '2026-11-10', to: '2026-11-20', reason: '缺料' },
      { date: '2026-11-24', field: 'delivery.promised', from: '2026-11-20', to: '2026-11-24', reason: '客户要求' },
      { date: '2026-11-29', field: 'delivery.promised', from: '2026-11-24', to: '2026-11-26', reason: '设备检修' },
      { date: '2026-11-25', field: 'lines.0.quantity', from: 300, to: 320, reason: '加量' },
    ],
  }),
  // no salesperson: confirmed this week through history only; shipped the Monday after (not counted).
  { ...order('SO-5', 'ready', { ordered: '2026-11-02', history: [{ at: '2026-11-27T10:00:00+08:00', from: 'received', to: 'confirmed' }], shipments: [ship('2026-11-30')] }), sales: undefined },
  // nothing this week at all: no row for 赵强
  order('SO-6', 'closed', { sales: '赵强', ordered: '2026-10-01', payments: [{ date: '2026-11-22', amount: 30000 }] }),
];

interface Amount {
  currency: string;
  amount: number;
}

async function week(args: string[] = [], cwd = ws(orders)) {
  const r = await gendan(['report', 'week', '--today', T, '--format', 'json', ...args], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { from: string; to: string; today: string; rows: Record<string, number | string | Amount[]>[]; total: Record<string, number | string | Amount[]>; changes: unknown[]; late: unknown[] };
}

const none = { new_orders: 0, new_amount: [], confirmed: 0, shipped: 0, delivered: 0, collected: [], late_now: 0, date_changes: 0 };

describe('the week of today, per salesperson', () => {
  it('counts each fact on its date, Monday to Sunday', async () => {
    const w = await week();
    expect(w).toMatchObject({ from: '2026-11-23', to: '2026-11-29', today: T });
    expect(w.rows).toEqual([
      { ...none, sales: '李娜', new_orders: 2, new_amount: [{ currency: 'CNY', amount: 30000 }, { currency: 'USD', amount: 125 }], confirmed: 1, shipped: 1, delivered: 1, collected: [{ currency: 'CNY', amount: 38900 }] },
      { ...none, sales: '王磊', late_now: 1, date_changes: 2 },
      { ...none, sales: '', confirmed: 1 },
    ]);
    expect(w.total).toEqual({ ...none, sales: '', new_orders: 2, new_amount: [{ currency: 'CNY', amount: 30000 }, { currency: 'USD', amount: 125 }], confirmed: 2, shipped: 1, delivered: 1, collected: [{ currency: 'CNY', amount: 38900 }], late_now: 1, date_changes: 2 });
    expect(w.changes).toEqual([
      { order: 'SO-4', file: 'orders/SO-4.yaml', customer: '宁波恒达机械有限公司', sales: '王磊', date: '2026-11-24', from: '2026-11-20', to: '2026-11-24', reason: '客户要求' },
      { order: 'SO-4', file: 'orders/SO-4.yaml', customer: '宁波恒达机械有限公司', sales: '王磊', date: '2026-11-29', from: '2026-11-24', to: '2026-11-26', reason: '设备检修' },
    ]);
    expect(w.late).toEqual([{ order: 'SO-4', file: 'orders/SO-4.yaml', customer: '宁波恒达机械有限公司', sales: '王磊', due: '2026-11-26', days_late: 1 }]);
  });

  it('--from picks another week; the week before holds its own facts', async () => {
    const w = await week(['--from', '2026-11-16']);
    expect(w).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(w.rows).toEqual([
      { ...none, sales: '李娜', new_orders: 1, new_amount: [{ currency: 'CNY', amount: 30000 }], collected: [{ currency: 'CNY', amount: 100 }] },
      { ...none, sales: '王磊', late_now: 1, date_changes: 1 },
      { ...none, sales: '赵强', collected: [{ currency: 'CNY', amount: 30000 }] },
    ]);
  });

  it('a bad --from is one line, exit 2', async () => {
    const r = await gendan(['report', 'week', '--from', '2026-13-01'], { cwd: ws(orders) });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gendan: --from must be a date written YYYY-MM-DD, got `2026-13-01`\n' });
  });
});

describe('formats', () => {
  it('markdown by default, for mail: the table, the dates moved and the late orders', async () => {
    const r = await gendan(['report', 'week', '--today', T], { cwd: ws(orders) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Weekly report 2026-11-23 – 2026-11-29',
        '',
        '| Salesperson | New orders | New amount | Confirmed | Shipped | Delivered | Collected | Late now | Date changes |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 李娜 | 2 | 30,000.00 CNY<br>125.00 USD | 1 | 1 | 1 | 38,900.00 CNY | 0 | 0 |',
        '| 王磊 | 0 | — | 0 | 0 | 0 | — | 1 | 2 |',
        '| (no salesperson) | 0 | — | 1 | 0 | 0 | — | 0 | 0 |',
        '| **Total** | 2 | 30,000.00 CNY<br>125.00 USD | 2 | 1 | 1 | 38,900.00 CNY | 1 | 2 |',
        '',
        '### Promised dates moved this week (2)',
        '',
        '| Date | Order | Customer | Salesperson | From | To | Reason |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 2026-11-24 | SO-4 | 宁波恒达机械有限公司 | 王磊 | 2026-11-20 | 2026-11-24 | 客户要求 |',
        '| 2026-11-29 | SO-4 | 宁波恒达机械有限公司 | 王磊 | 2026-11-24 | 2026-11-26 | 设备检修 |',
        '',
        '### Late for delivery now (1)',
        '',
        '| Order | Customer | Salesperson | Due | Days late |',
        '| --- | --- | --- | --- | ---: |',
        '| SO-4 | 宁波恒达机械有限公司 | 王磊 | 2026-11-26 | 1 |',
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese', async () => {
    const r = await gendan(['report', 'week', '--today', T, '--lang', 'zh', '--format', 'table'], { cwd: ws(orders) });
    expect(r.stdout).toContain('销售周报 2026-11-23 至 2026-11-29');
    expect(r.stdout).toContain('（未填销售）');
    expect(r.stdout).toContain('本周承诺交期变更（2 次）');
    expect(r.stdout).not.toMatch(/[a-z]{3,}/);
  });

  it('csv: one amount column per currency', async () => {
    const r = await gendan(['report', 'week', '--today', T, '--format', 'csv'], { cwd: ws(orders) });
    expect(r.stdout.split('\r\n')).toEqual([
      'sales,new_orders,new_amount_CNY,new_amount_USD,confirmed,shipped,delivered,collected_CNY,collected_USD,late_now,date_changes',
      '李娜,2,30000.00,125.00,1,1,1,38900.00,0.00,0,0',
      '王磊,0,0.00,0.00,0,0,0,0.00,0.00,1,2',
      ',0,0.00,0.00,1,0,0,0.00,0.00,0,0',
      '',
    ]);
  });

  it('an empty week says so', async () => {
    const r = await gendan(['report', 'week', '--today', '2030-06-05'], { cwd: ws([order('SO-6', 'closed', { delivery: { promised: '2026-12-01' } })]) });
    expect(r.stdout).toBe('## Weekly report 2030-06-03 – 2030-06-09\n\nNothing happened this week and no order is late.\n');
  });
});
