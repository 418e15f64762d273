// Issue 10 item 12: waiving the deposit lets the order move on, but the money is still owed.
// Once the order has left `confirmed` without it, the unpaid deposit is a `payment` row —
// due the day it left (its history) — in `report overdue` and on the morning page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

// 300 pcs × 100 = 30,000.00; a 30 % advance payment of 9,000.00, none paid.
const confirmed = (extra: Record<string, unknown> = {}) =>
  order('SO-1', 'confirmed', {
    payment: { deposit_percent: 30, balance: 'on_delivery' },
    delivery: { promised: '2027-01-20', method: 'truck' },
    confirmation: { date: '2026-11-03', channel: 'phone', terms: ['delivery', 'payment', 'quality'] },
    production: { handoff: '2026-11-04', milestones: [{ name: 'qc_passed', due: '2027-01-10' }] },
    contacts: [{ date: '2026-11-03', node: 'confirmed', channel: 'phone' }],
    ...extra,
  });

const env = (day: string) => ({ GENDAN_NOW: `${day}T10:00:00+08:00` });

interface Page {
  orders: { order: string; items: { section: string; kind: string; what: string; due: string | null; days_late: number | null; action: string | null }[] }[];
}

async function forced(extra: Record<string, unknown> = {}): Promise<string> {
  const cwd = ws([confirmed(extra)]);
  const refused = await gendan(['advance', 'SO-1'], { cwd, env: env('2026-11-20') });
  expect(refused.code).toBe(1);
  const r = await gendan(['advance', 'SO-1', '--force', '--reason', '老客户，先排产'], { cwd, env: env('2026-11-20') });
  expect(r.code).toBe(0);
  const text = readFileSync(join(cwd, 'orders', 'SO-1.yaml'), 'utf8');
  expect(text).toContain('status: preparing');
  expect(text).toMatch(/waived: \[deposit_received\]/);
  return cwd;
}

describe('a waived deposit is still owed', () => {
  it('is a payment row in report overdue from the day the order left confirmed', async () => {
    const cwd = await forced();
    // On the day it moved on it is not late yet.
    expect((await report('overdue', cwd, '2026-11-20')).rows).toEqual([]);
    const { rows } = await report('overdue', cwd, '2026-11-25');
    expect(rows).toEqual([
      {
        order: 'SO-1',
        file: 'orders/SO-1.yaml',
        customer: '宁波恒达机械有限公司',
        kind: 'payment',
        what: 'advance payment not received in full: 9,000.00 CNY of 9,000.00 still owed; waived on 2026-11-20 when the order moved on',
        due: '2026-11-20',
        days_late: 5,
        action: 'remind 王经理 (+86 574 8888 1234) of the advance payment 9,000.00 CNY; once received, record it with gendan pay SO-1',
      },
    ]);
    const zh = await gendan(['report', 'overdue', '--today', '2026-11-25', '--lang', 'zh', '--format', 'json'], { cwd });
    const row = (JSON.parse(zh.stdout) as { rows: { what: string; action: string }[] }).rows[0]!;
    expect(row.what).toBe('预付款未收齐：应收 9,000.00 CNY，尚欠 9,000.00；订单于 2026-11-20 推进时豁免了此项');
    expect(row.action).toBe('向王经理（+86 574 8888 1234）催收预付款 9,000.00 CNY，收到后用 gendan pay SO-1 登记');
    expect(`${row.what}${row.action}`).not.toMatch(/deposit_received|confirmed|preparing/);
  });

  it('stays on the morning page: due today on the day it moved on, late after', async () => {
    const cwd = await forced();
    const day = JSON.parse((await gendan(['today', '--today', '2026-11-20', '--format', 'json'], { cwd })).stdout) as Page;
    expect(day.orders[0]!.items.filter((i) => i.kind === 'payment')).toMatchObject([
      { section: 'due-today', due: '2026-11-20', days_late: 0, action: 'the order moves on today without the advance payment 9,000.00 CNY: remind 王经理 (+86 574 8888 1234)' },
    ]);
    const later = JSON.parse((await gendan(['today', '--today', '2026-11-25', '--format', 'json'], { cwd })).stdout) as Page;
    expect(later.orders[0]!.items.filter((i) => i.kind === 'payment')).toMatchObject([{ section: 'overdue', due: '2026-11-20', days_late: 5 }]);
  });

  it('a part paid: only the rest is owed; paid in full: the row goes', async () => {
    const cwd = await forced({ payments: [{ date: '2026-11-10', amount: 4000 }] });
    const { rows } = await report('overdue', cwd, '2026-11-25');
    expect(rows).toMatchObject([{ kind: 'payment', due: '2026-11-20' }]);
    expect(rows[0]!.what).toContain('5,000.00 CNY of 9,000.00 still owed');
    expect((await gendan(['pay', 'SO-1', '5000'], { cwd, env: env('2026-11-25') })).code).toBe(0);
    expect((await report('overdue', cwd, '2026-11-25')).rows).toEqual([]);
  });

  it('after delivery the balance row holds only what remains beyond the deposit: nothing counted twice', async () => {
    const o = confirmed({
      status: 'delivered',
      shipments: [{ shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-14', delivered: '2026-11-14' }],
      contacts: [{ date: '2026-11-10', node: 'shipped', channel: 'phone' }],
      follow_up: { due: '2026-12-30' },
      history: [{ at: '2026-11-05T09:00:00+08:00', from: 'confirmed', to: 'preparing', reason: '老客户', waived: ['deposit_received'] }],
    });
    const { rows } = await report('overdue', ws([o]), '2026-11-25');
    expect(rows.map((r) => [r.kind, r.due, r.what])).toEqual([
      ['payment', '2026-11-05', 'advance payment not received in full: 9,000.00 CNY of 9,000.00 still owed; waived on 2026-11-05 when the order moved on'],
      ['payment', '2026-11-14', 'balance 21,000.00 CNY due 2026-11-14 (on delivery)'],
    ]);
  });

  it('a deposit not waived but still unpaid past confirmed is owed the same way (wording without the waiver)', async () => {
    const o = confirmed({ status: 'preparing', history: [{ at: '2026-11-05T09:00:00+08:00', from: 'confirmed', to: 'preparing' }] });
    const { rows } = await report('overdue', ws([o]), '2026-11-25');
    expect(rows).toMatchObject([{ kind: 'payment', due: '2026-11-05', days_late: 20 }]);
    expect(rows[0]!.what).toBe('advance payment not received in full: 9,000.00 CNY of 9,000.00 still owed; the order moved on without it on 2026-11-05');
  });

  it('while the order is still confirmed it is a checklist item, not a payment row; a 定金 is named so', async () => {
    const cwd = ws([confirmed({ payment: { deposit_percent: 20, deposit_kind: 'deposit', balance: 'on_delivery' } })]);
    expect((await report('overdue', cwd, '2026-11-25')).rows).toEqual([]);
    const moved = ws([confirmed({ status: 'preparing', payment: { deposit_percent: 20, deposit_kind: 'deposit', balance: 'on_delivery' }, history: [{ at: '2026-11-05T09:00:00+08:00', from: 'confirmed', to: 'preparing' }] })]);
    const zh = await gendan(['report', 'overdue', '--today', '2026-11-25', '--lang', 'zh', '--format', 'json'], { cwd: moved });
    expect((JSON.parse(zh.stdout) as { rows: { what: string }[] }).rows[0]!.what).toBe('定金未收齐：应收 6,000.00 CNY，尚欠 6,000.00；订单已于 2026-11-05 推进');
  });
});
