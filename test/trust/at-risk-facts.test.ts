// Issue 10 item 10: at-risk never contradicts itself. A partly shipped order is told what is
// still to go (not "the goods have not shipped"), only what is still to ship counts, goods
// ready for longer than the buffer can leave on the day `ship by` named, and an order on
// hold is never told to ship, ship faster or speed up.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

// 10 box of XK-200 (1 box = 10 pcs), 6 box gone on 11-24; qc passed 11-20.
const partly = (extra: Record<string, unknown> = {}) =>
  order('SO-1', 'ready', {
    lines: [{ model: 'XK-200', quantity: 10, unit: 'box', unit_price: 1000 }],
    delivery: { promised: '2026-11-30', method: 'truck' },
    production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-11-20', done: '2026-11-20' }] },
    shipments: [{ shipped: '2026-11-24', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-28', items: [{ model: 'XK-200', quantity: 6, unit: 'box' }] }],
    ...extra,
  });

describe('a partly shipped order', () => {
  it('names what is still to ship, in the unit it was ordered in, and never says nothing has shipped', async () => {
    const cwd = ws([partly()]);
    const { rows } = await report('at-risk', cwd, '2026-11-25');
    expect(rows).toEqual([
      {
        order: 'SO-1',
        file: 'orders/SO-1.yaml',
        customer: '宁波恒达机械有限公司',
        kind: 'delivery',
        what: 'promised delivery 2026-11-30 is near and XK-200 4 box not shipped yet (order ready to ship)',
        due: '2026-11-30',
        days_late: -5,
        action: 'ship by 2026-11-26 to arrive by 2026-11-30',
      },
    ]);
    const zh = await gendan(['report', 'at-risk', '--today', '2026-11-25', '--lang', 'zh', '--format', 'json'], { cwd });
    expect(zh.code).toBe(0);
    const what = (JSON.parse(zh.stdout) as { rows: { what: string }[] }).rows[0]!.what;
    expect(what).toBe('承诺交期 2026-11-30 临近，尚有 XK-200 4 箱 未发出（订单待发货）');
    expect(what).not.toContain('货物尚未发出');
  });

  it('on the day it said to ship by, goods ready since 11-20 can still leave: no buffer counted twice', async () => {
    const cwd = ws([partly()]);
    // 11-25 said "ship by 11-26"; on 11-26 the same advice stands, not "earliest arrival 12-01".
    const { rows } = await report('at-risk', cwd, '2026-11-26');
    expect(rows).toMatchObject([{ kind: 'delivery', due: '2026-11-30', action: 'ship by 2026-11-26 to arrive by 2026-11-30' }]);
    expect(rows[0]!.what).not.toContain('earliest arrival');
    // One day later the truck cannot make it: leaving today (11-27) + 4 days = 12-01.
    const late = await report('at-risk', cwd, '2026-11-27');
    expect(late.rows).toMatchObject([{ kind: 'delivery', action: 'ship today by a faster method, or agree a new date with 王经理 (+86 574 8888 1234)' }]);
    expect(late.rows[0]!.what).toBe('earliest arrival 2026-12-01 is after the promised delivery 2026-11-30 (goods ready 2026-11-20, can leave today 2026-11-27 + 4 days truck)');
  });

  it('the day the order entered `ready` is when the goods were ready', async () => {
    // Entered ready on 11-26 (history): the buffer runs to 11-27, + 4 days truck = 12-01.
    const o = partly({ production: { handoff: '2026-11-03' }, history: [{ at: '2026-11-26T09:00:00+08:00', from: 'preparing', to: 'ready' }] });
    const { rows } = await report('at-risk', ws([o]), '2026-11-26');
    expect(rows[0]!.what).toBe('earliest arrival 2026-12-01 is after the promised delivery 2026-11-30 (goods ready 2026-11-26 + 1 buffer + 4 days truck)');
  });

  it('only the lines still to ship count: a slow line already shipped holds nothing back', async () => {
    // LX4 (stock, not yet picked) is all that is left; XK-200 left in full on 11-24.
    const o = order('SO-1', 'preparing', {
      lines: [
        { model: 'XK-200', quantity: 300, unit: 'pcs', unit_price: 100 },
        { model: 'LX4', quantity: 20, unit: 'pcs', unit_price: 10 },
      ],
      delivery: { promised: '2026-12-10', method: 'truck' },
      production: { handoff: '2026-11-24' },
      shipments: [{ shipped: '2026-11-24', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-28', items: [{ model: 'XK-200', quantity: 300 }] }],
    });
    // XK-200's 15 working days from 11-24 would land in mid-December; LX4 needs 2.
    expect((await report('at-risk', ws([o]), '2026-11-25')).rows).toEqual([]);
    // The same order with nothing shipped is at risk because of XK-200.
    const { rows } = await report('at-risk', ws([{ ...o, shipments: undefined }]), '2026-11-25');
    expect(rows[0]!.what).toContain('15 working days XK-200');
  });

  it('goods on the way count too: a shipment arriving after the date is a risk even when the rest is ready', async () => {
    const o = partly({ shipments: [{ shipped: '2026-11-24', carrier: '德邦物流', tracking: 'DB1', eta: '2026-12-02', items: [{ model: 'XK-200', quantity: 6, unit: 'box' }] }] });
    const { rows } = await report('at-risk', ws([o]), '2026-11-25');
    expect(rows).toMatchObject([{ kind: 'shipment', due: '2026-11-30' }]);
    expect(rows[0]!.action).toContain('arrive 2026-12-02');
  });
});

describe('an order on hold', () => {
  const held = (extra: Record<string, unknown> = {}) =>
    partly({ status: 'on_hold', history: [{ at: '2026-11-24T09:00:00+08:00', from: 'ready', to: 'on_hold' }], ...extra });

  it('is never told to ship faster, ship by a day or speed up', async () => {
    for (const today of ['2026-11-25', '2026-11-27']) {
      const cwd = ws([held()]);
      const { rows } = await report('at-risk', cwd, today);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.what).toContain('(order on hold since 2026-11-24)');
      expect(rows[0]!.action).toBe('order on hold: agree a new date with 王经理 (+86 574 8888 1234), or resume it with gendan advance SO-1');
      const zh = await gendan(['report', 'at-risk', '--today', today, '--lang', 'zh'], { cwd });
      expect(zh.stdout).toContain('订单暂停中');
      expect(zh.stdout).not.toMatch(/更快|须在|加快/);
    }
  });

  it('nor on the morning page', async () => {
    const r = await gendan(['today', '--today', '2026-11-27'], { cwd: ws([held()]) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('order on hold: agree a new date');
    expect(r.stdout).not.toMatch(/faster|ship by|speed up/);
  });
});
