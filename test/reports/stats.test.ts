// `gendan report stats`: on-time delivery rate (last delivery on or before the promised,
// else requested, date), by month of delivery and by customer; average days per state.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, ws } from './fixture.js';

const T = '2026-11-25';
const h = (at: string, from: string | undefined, to: string) => ({ at: `${at}+08:00`, ...(from ? { from } : {}), to });

const orders = [
  order('SO-1', 'delivered', {
    customer: { name: '恒达机械' },
    delivery: { promised: '2026-11-12' },
    shipments: [{ shipped: '2026-11-08', delivered: '2026-11-10' }],
    history: [h('2026-11-01T09:00:00', undefined, 'received'), h('2026-11-02T09:00:00', 'received', 'confirmed'), h('2026-11-04T21:00:00', 'confirmed', 'preparing'), h('2026-11-10T09:00:00', 'preparing', 'delivered')],
  }),
  order('SO-2', 'delivered', {
    customer: { name: 'Acme Trading' },
    delivery: { requested: '2026-11-15', promised: '2026-11-18' },
    shipments: [
      { shipped: '2026-11-10', delivered: '2026-11-12', items: [{ model: 'XK-200', quantity: 100 }] },
      { shipped: '2026-11-16', delivered: '2026-11-20' },
    ],
    history: [h('2026-11-01T09:00:00', undefined, 'received'), h('2026-11-04T09:00:00', 'received', 'confirmed')],
  }),
  order('SO-3', 'closed', { customer: { name: '恒达机械' }, delivery: { requested: '2026-10-30' }, shipments: [{ shipped: '2026-10-28', delivered: '2026-10-30' }] }),
  order('SO-4', 'shipped', { customer: { name: 'Acme Trading' }, delivery: { promised: '2026-11-01' }, shipments: [{ shipped: '2026-10-28' }] }),
  order('SO-5', 'cancelled', { delivery: { promised: '2026-11-01' }, shipments: [{ shipped: '2026-10-28', delivered: '2026-11-20' }] }),
];

async function stats(args: string[] = []) {
  const r = await gendan(['report', 'stats', '--today', T, '--format', 'json', ...args], { cwd: ws(orders) });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('report stats', () => {
  it('on-time rate over delivered orders; the last delivery counts; cancelled and undelivered left out', async () => {
    const s = await stats();
    expect(s).toMatchObject({ today: T, orders: 5, delivered: 3, on_time: 2, late: 1, on_time_rate: 0.6667, average_days_late: 2 });
  });

  it('by month of delivery and by customer', async () => {
    const s = await stats();
    expect(s.by_month).toEqual([
      { month: '2026-10', delivered: 1, on_time: 1, late: 0, on_time_rate: 1, average_days_late: null, on_time_rate_original: 1, date_changes: 0 },
      { month: '2026-11', delivered: 2, on_time: 1, late: 1, on_time_rate: 0.5, average_days_late: 2, on_time_rate_original: 0.5, date_changes: 0 },
    ]);
    expect(s.by_customer).toEqual([
      { customer: 'Acme Trading', delivered: 1, on_time: 0, late: 1, on_time_rate: 0, average_days_late: 2, on_time_rate_original: 0, date_changes: 0 },
      { customer: '恒达机械', delivered: 2, on_time: 2, late: 0, on_time_rate: 1, average_days_late: null, on_time_rate_original: 1, date_changes: 0 },
    ]);
  });

  it('average days per state from the history timestamps', async () => {
    // received: 1 day (SO-1) and 3 days (SO-2); confirmed 2.5 days; preparing 5.5 days
    expect((await stats()).days_in_state).toEqual([
      { state: 'received', stays: 2, average_days: 2 },
      { state: 'confirmed', stays: 1, average_days: 2.5 },
      { state: 'preparing', stays: 1, average_days: 5.5 },
    ]);
  });

  it('filters apply', async () => {
    expect(await stats(['--customer', 'acme'])).toMatchObject({ orders: 2, delivered: 1, on_time: 0 });
  });

  it('table, markdown and csv', async () => {
    const cwd = ws(orders);
    const table = (await gendan(['report', 'stats', '--today', T], { cwd })).stdout;
    expect(table).toContain('On-time delivery: 66.7% (2 of 3 delivered orders on or before their date; 5 orders in all)');
    const md = (await gendan(['report', 'stats', '--today', T, '--format', 'markdown', '--lang', 'zh'], { cwd })).stdout;
    expect(md.split('\n').filter((l) => l.startsWith('### '))).toEqual(['### 按交付月份', '### 按客户', '### 各状态平均停留天数']);
    const csv = (await gendan(['report', 'stats', '--today', T, '--format', 'csv'], { cwd })).stdout.split('\r\n');
    expect(csv[0]).toBe('section,key,delivered,on_time,late,on_time_rate,average_days_late,stays,average_days,on_time_rate_original,date_changes');
    expect(csv[1]).toBe('overall,all,3,2,1,0.6667,2,,,0.6667,0');
    expect(csv).toContain('state,received,,,,,,2,2,,');
  });
});
