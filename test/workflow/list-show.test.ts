// The read-only side: `gendan list` (filters, formats) and `gendan show`.
import { describe, expect, it } from 'vitest';
import { change, fullOrder, run, ws } from './fixture.js';

const dir = () =>
  ws({
    'SO-1': fullOrder('closed'),
    'SO-2': change(fullOrder('preparing', 'SO-2'), { '  name: 恒达机械': '  name: Viet Steel, "JSC"', 'amount: 700': '' }),
    'SO-3': fullOrder('cancelled', 'SO-3'),
  });

describe('list', () => {
  it('json: one object per order, sorted by id', async () => {
    const r = await run(dir(), ['list', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { today: string; orders: Record<string, unknown>[] };
    expect(out.orders.map((o) => [o.order, o.status])).toEqual([['SO-1', 'closed'], ['SO-2', 'preparing'], ['SO-3', 'cancelled']]);
    expect(out.orders[1]).toEqual({ order: 'SO-2', file: 'orders/SO-2.yaml', status: 'preparing', customer: 'Viet Steel, "JSC"', ordered: '2026-11-02', due: '2026-12-20', currency: 'CNY', total: 1000, paid: 300 });
  });

  it('filters by status (open = not closed or cancelled) and by customer text', async () => {
    const d = dir();
    const open = JSON.parse((await run(d, ['list', '--status', 'open', '--format', 'json'])).stdout) as { orders: { order: string }[] };
    expect(open.orders.map((o) => o.order)).toEqual(['SO-2']);
    const two = JSON.parse((await run(d, ['list', '--status', 'closed,cancelled', '--customer', '恒达', '--format', 'json'])).stdout) as { orders: { order: string }[] };
    expect(two.orders.map((o) => o.order)).toEqual(['SO-1', 'SO-3']);
    const bad = await run(d, ['list', '--status', 'shiped']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean `shipped`?');
  });

  it('csv quotes what needs quoting; the table aligns and counts', async () => {
    const d = dir();
    const csv = (await run(d, ['list', '--format', 'csv', '--status', 'preparing'])).stdout;
    expect(csv).toBe('order,status,customer,ordered,due,total,paid,file,currency\r\nSO-2,preparing,"Viet Steel, ""JSC""",2026-11-02,2026-12-20,1000,300,orders/SO-2.yaml,CNY\r\n');
    const table = (await run(d, ['list', '--lang', 'zh'])).stdout;
    expect(table).toContain('│ SO-1 │ 已完结 ');
    expect(table).toContain('1,000.00');
    expect(table).toContain('共 3 个订单');
  });
});

describe('show', () => {
  it('summary, amounts, progress, checklist and timeline', async () => {
    const order = `${change(fullOrder('preparing'), { 'amount: 700': '' })}history:\n  - { at: "2026-11-02T10:00:00+08:00", to: received }\n  - { at: "2026-11-03T11:00:00+08:00", from: received, to: confirmed, note: 条款确认 }\n`;
    const r = await run(ws({ 'SO-1': order }), ['show', 'SO-1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SO-1 · 恒达机械 · preparing\n');
    expect(r.stdout).toContain('paid      CNY 300.00 of 1,000.00 (30%) · outstanding 700.00');
    expect(r.stdout).toContain('advance   300.00 ✓ received');
    expect(r.stdout).toContain('shipped   XK-210 100/100 pcs');
    expect(r.stdout).toContain('  XK-210  100 pcs × 10.00 = 1,000.00');
    expect(r.stdout).toContain('Checklist of preparing (preparing): 0 of 2 not met');
    expect(r.stdout).toContain('  2026-11-03T11:00:00+08:00  received → confirmed  条款确认');
    const json = JSON.parse((await run(ws({ 'SO-1': order }), ['show', 'SO-1', '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ order: 'SO-1', status: 'preparing', total: 1000, paid: 300, outstanding: 700 });
    expect((json.history as unknown[]).length).toBe(2);
  });
});
