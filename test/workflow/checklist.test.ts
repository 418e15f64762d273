// `gendan checklist`: ✓/✗ per item of the current state, and the to-do list of open orders.
import { describe, expect, it } from 'vitest';
import { change, fullOrder, run, without, ws } from './fixture.js';

describe('checklist of one order', () => {
  it('lists every item of the current state with what is missing', async () => {
    const dir = ws({ 'SO-1': change(fullOrder('ready'), { 'amount: 700': '', 'node: shipped': '' })  });
    const r = await run(dir, ['checklist', 'SO-1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'SO-1 · 恒达机械 · ready (ready to ship) · orders/SO-1.yaml',
        '  ✗ balance received (due before shipment): payments total CNY 300.00 of 1,000.00; 700.00 still to collect',
        '  ✓ every line fully shipped',
        '  ✓ each shipment has shipped date, carrier, tracking number and ETA',
        '  ✗ customer told the goods have shipped: no contact with node `shipped` in contacts; after telling the customer, run `gendan log SO-1 --node shipped --channel phone "…"`',
        '  2 of 4 not met',
        '',
      ].join('\n'),
    );
  });

  it('adapts to the order: special requests add a manual item, pickup drops carrier and tracking', async () => {
    const order = change(fullOrder('ready'), {
      'method: truck': '  method: pickup\n  special: [self_pickup]',
      [' shipped: 2026-11-20, carrier']: '  - { shipped: 2026-11-20 }',
    });
    const r = await run(ws({ 'SO-1': order }), ['checklist', 'SO-1', '--lang', 'zh']);
    expect(r.stdout).toContain('✗ 特殊物流要求已安排：尚未勾选：完成后运行 `gendan tick SO-1 logistics_arranged`');
    expect(r.stdout).toContain('✗ 每批发货均有发货日期、承运商、运单号和预计到达日期：第 1 批发货没有 `eta`\n');
    expect(r.stdout).not.toContain('tracking');
  });

  it('received: each item named, with what is missing', async () => {
    const order = without(fullOrder('received'), 'confirmation:', 'date: 2026-11-03', '  channel: phone', 'terms:', 'recipient');
    const r = await run(ws({ 'SO-1': order }), ['checklist', 'SO-1']);
    expect(r.stdout).toContain('✓ `gendan check` passes for the order');
    expect(r.stdout).toContain('✗ recipient: `delivery.recipient` is not filled in');
    expect(r.stdout).toContain('✗ contract terms confirmed with the customer (delivery, payment, quality): not recorded: `confirmation.date`, `confirmation.channel`, `confirmation.terms`: delivery, payment, quality');
    expect(r.stdout).toContain('✓ special requests reviewed');
  });

  it('json carries id, state, met, manual, label and missing', async () => {
    const r = await run(ws({ 'SO-1': without(fullOrder('confirmed'), 'node: confirmed') }), ['checklist', 'SO-1', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { today: string; orders: { order: string; state: string; items: Record<string, unknown>[] }[] };
    expect(out.today).toBe('2026-11-28');
    expect(out.orders[0]!.state).toBe('confirmed');
    expect(out.orders[0]!.items.map((i) => [i.id, i.met])).toEqual([
      ['handoff', true],
      ['milestones_planned', true],
      ['deposit_received', true],
      ['customer_told_confirmed', false],
    ]);
    expect(out.orders[0]!.items[3]).toMatchObject({ state: 'confirmed', manual: false, label: 'customer told the order is confirmed' });
  });

  it('closed and cancelled orders have nothing to do', async () => {
    const r = await run(ws({ 'SO-1': fullOrder('closed') }), ['checklist', 'SO-1']);
    expect(r.stdout).toContain('closed: the final state, nothing left to do');
  });
});

describe('the to-do list (no arguments)', () => {
  it('groups the unmet items of every open order; a complete one waits to be moved on; closed ones are left out', async () => {
    const dir = ws({
      'SO-1': without(fullOrder('confirmed'), 'node: confirmed'),
      'SO-2': fullOrder('closed', 'SO-2'),
      'SO-3': fullOrder('delivered', 'SO-3'),
      'SO-4': change(fullOrder('on_hold', 'SO-4'), { 'handoff:': '' }) + 'history:\n  - { at: "2026-11-25T10:00:00+08:00", from: confirmed, to: on_hold }\n',
    });
    const r = await run(dir, ['checklist']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'SO-1 · 恒达机械 · confirmed · orders/SO-1.yaml',
        '  ✗ customer told the order is confirmed: no contact with node `confirmed` in contacts; after telling the customer, run `gendan log SO-1 --node confirmed --channel phone "…"`',
        '',
        'SO-3 · 恒达机械 · delivered · orders/SO-3.yaml',
        '  ✓ all met: run `gendan advance SO-3`',
        '',
        'SO-4 · 恒达机械 · on_hold, judged as confirmed · orders/SO-4.yaml',
        '  ✗ handed to production or stock reserved: `production.handoff` is not filled in',
        '',
        '2 item(s) to do in 2 of 3 open order(s)',
        '1 order(s) with every item met, ready to move on',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to do, and names files it cannot read', async () => {
    const dir = ws({ 'SO-1': fullOrder('closed'), 'SO-2': 'id: [broken\n' });
    const r = await run(dir, ['checklist', '--lang', 'zh']);
    expect(r.stdout).toBe('✓ 没有待办：0 个未完结订单的清单都已满足\n');
    expect(r.stderr).toContain('已跳过 orders/SO-2.yaml');
  });
});
