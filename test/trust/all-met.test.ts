// Issue 10 item 11: an open order whose checklist is all met never drops out of `today` and
// `checklist` — it waits for `gendan advance` — and an overdue delivery row's action follows
// the facts: goods signed for → advance; goods on the way → track them with the carrier.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

const T = '2026-11-25';
const told = [{ date: '2026-11-18', node: 'shipped', channel: 'phone' }];

// Status still `shipped`, but the only shipment was signed for on 11-21.
const signedFor = (extra: Record<string, unknown> = {}) =>
  order('SO-1', 'shipped', {
    delivery: { promised: '2026-11-22', method: 'truck' },
    shipments: [{ shipped: '2026-11-18', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-22', delivered: '2026-11-21' }],
    contacts: told,
    ...extra,
  });

interface Page {
  orders: { order: string; status: string; items: { section: string; kind: string; item: string | null; what: string; action: string | null }[] }[];
}

async function page(cwd: string, lang = 'en'): Promise<Page> {
  const r = await gendan(['today', '--today', T, '--format', 'json', '--lang', lang], { cwd });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Page;
}

describe('an order whose checklist is all met', () => {
  it('stays on the morning page with the command that moves it on', async () => {
    const cwd = ws([signedFor()]);
    const p = await page(cwd);
    expect(p.orders.map((o) => o.order)).toEqual(['SO-1']);
    const todo = p.orders[0]!.items.filter((i) => i.section === 'checklist');
    expect(todo).toEqual([{ section: 'checklist', kind: 'checklist', item: null, what: 'all met: run `gendan advance SO-1`', due: null, days_late: null, action: null }]);
    const zh = await page(cwd, 'zh');
    expect(zh.orders[0]!.items.find((i) => i.section === 'checklist')!.what).toBe('清单已全部满足：运行 `gendan advance SO-1` 推进订单');
    const table = await gendan(['today', '--today', T], { cwd });
    expect(table.stdout).toContain('✓ all met: run `gendan advance SO-1`');
  });

  it('stays on the to-do list, in text and JSON', async () => {
    const cwd = ws([signedFor()]);
    const r = await gendan(['checklist', '--today', T], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['SO-1 · 宁波恒达机械有限公司 · shipped · orders/SO-1.yaml', '  ✓ all met: run `gendan advance SO-1`', '', '1 order(s) with every item met, ready to move on', ''].join('\n'),
    );
    const zh = await gendan(['checklist', '--today', T, '--lang', 'zh'], { cwd });
    expect(zh.stdout).toContain('✓ 清单已全部满足：运行 `gendan advance SO-1` 推进订单');
    expect(zh.stdout).not.toContain('shipped');
    const json = JSON.parse((await gendan(['checklist', '--today', T, '--format', 'json'], { cwd })).stdout) as { orders: { order: string; items: unknown[]; note?: string }[] };
    expect(json.orders).toMatchObject([{ order: 'SO-1', items: [], note: 'all met: run `gendan advance SO-1`' }]);
  });

  it('and running the command it names moves the order on, after which it asks for the follow-up', async () => {
    const cwd = ws([signedFor()]);
    expect((await gendan(['advance', 'SO-1'], { cwd, env: { GENDAN_TODAY: T } })).code).toBe(0);
    const p = await page(cwd);
    expect(p.orders[0]!.status).toBe('delivered');
    expect(p.orders[0]!.items.filter((i) => i.section === 'checklist').map((i) => i.item)).toEqual(['follow_up_done']);
  });

  it('an order on hold with everything met is told how to resume, not dropped', async () => {
    const o = order('SO-1', 'on_hold', {
      delivery: { promised: '2026-12-22', method: 'truck' },
      shipments: [{ shipped: '2026-11-18', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-22', delivered: '2026-11-21' }],
      contacts: told,
      history: [{ at: '2026-11-23T09:00:00+08:00', from: 'shipped', to: 'on_hold' }],
    });
    const p = await page(ws([o]));
    expect(p.orders[0]!.items.find((i) => i.section === 'checklist')!.what).toBe('all met, but the order is on hold: run `gendan advance SO-1` to resume it');
  });

  it('closed and cancelled orders are still left out', async () => {
    const p = await page(ws([order('SO-1', 'closed'), order('SO-2', 'cancelled')]));
    expect(p.orders).toEqual([]);
  });
});

describe('an overdue delivery row follows the facts', () => {
  it('goods signed for: bring the status up to date, never "agree a new date"', async () => {
    const cwd = ws([signedFor()]);
    const { rows } = await report('overdue', cwd, T);
    expect(rows).toEqual([
      {
        order: 'SO-1',
        file: 'orders/SO-1.yaml',
        customer: '宁波恒达机械有限公司',
        kind: 'delivery',
        what: 'promised delivery 2026-11-22: goods signed for on 2026-11-21, but the order is still shipped',
        due: '2026-11-22',
        days_late: 3,
        action: 'signed for on 2026-11-21: run `gendan advance SO-1` to bring the order up to date',
      },
    ]);
    const zh = await gendan(['report', 'overdue', '--today', T, '--lang', 'zh', '--format', 'json'], { cwd });
    const row = (JSON.parse(zh.stdout) as { rows: { what: string; action: string }[] }).rows[0]!;
    expect(row.what).toBe('承诺交期 2026-11-22：货物已于 2026-11-21 签收，但订单仍为“已发货”');
    expect(row.action).toBe('货物已于 2026-11-21 签收：运行 `gendan advance SO-1` 更新订单状态');
    expect(`${row.what}${row.action}`).not.toContain('新交期');
  });

  it('goods on the way: track them with the carrier', async () => {
    const o = signedFor({ shipments: [{ shipped: '2026-11-18', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-27' }] });
    const cwd = ws([o]);
    const { rows } = await report('overdue', cwd, T);
    expect(rows).toMatchObject([
      {
        kind: 'delivery',
        what: 'promised delivery 2026-11-22 passed; goods on the way, not signed for',
        action: 'track 德邦物流 waybill DB1 and tell 王经理 (+86 574 8888 1234) when it arrives',
      },
    ]);
    const zh = await gendan(['report', 'overdue', '--today', T, '--lang', 'zh', '--format', 'json'], { cwd });
    const row = (JSON.parse(zh.stdout) as { rows: { what: string; action: string }[] }).rows[0]!;
    expect(row.what).toBe('已过承诺交期，货物在途未签收；承诺交期：2026-11-22');
    expect(row.action).toBe('跟踪德邦物流运单号 DB1，并告知王经理（+86 574 8888 1234）到货时间');
  });

  it('nothing shipped yet: agree a new date', async () => {
    const { rows } = await report('overdue', ws([order('SO-1', 'preparing', { delivery: { promised: '2026-11-22', method: 'truck' } })]), T);
    expect(rows[0]!.action).toBe('agree a new delivery date with 王经理 (+86 574 8888 1234) and update delivery.promised');
  });
});
