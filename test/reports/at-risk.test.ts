// `gendan report at-risk`: orders not late yet that cannot make their date from where they
// stand (open milestones, lead time, stock, goods on the way), or that are due within
// at_risk_days working days and not shipped.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { order, report, ws } from './fixture.js';

const T = '2026-11-25'; // Wednesday; 3 working days later is Monday 11-30

const inProduction = (promised: string) =>
  order('SO-1', 'preparing', {
    delivery: { promised, method: 'truck' },
    production: {
      handoff: '2026-11-03',
      milestones: [
        { name: 'materials_ready', due: '2026-11-05', done: '2026-11-05' },
        { name: 'qc_passed', due: '2026-12-08' },
      ],
    },
  });

describe('cannot make it from its state', () => {
  it('an open milestone + buffer + transit lands after the promised date', async () => {
    // qc_passed 12-08 (Tue) + 1 working day = 12-09, + 4 days truck = 12-13
    const cwd = ws([inProduction('2026-12-10')]);
    const { rows } = await report('at-risk', cwd, T);
    expect(rows).toEqual([
      {
        order: 'SO-1',
        file: 'orders/SO-1.yaml',
        customer: '宁波恒达机械有限公司',
        kind: 'milestone',
        what: 'earliest arrival 2026-12-13 is after the promised delivery 2026-12-10 (qc_passed due 2026-12-08 + 1 buffer + 4 days truck)',
        due: '2026-12-10',
        days_late: -15,
        action: 'ask production to bring the milestones forward, or agree a new date with 王经理 (+86 574 8888 1234)',
      },
    ]);
    // Not late yet: nothing in the overdue report.
    expect((await report('overdue', cwd, T)).rows).toEqual([]);
  });

  it('arriving exactly on the promised date is not at risk', async () => {
    expect((await report('at-risk', ws([inProduction('2026-12-13')]), T)).rows).toEqual([]);
  });

  it('without milestones, the lead time counts from handoff on the working-day calendar', async () => {
    // handoff 11-20 + 15 working days = 12-11, + 1 = 12-14, + 4 days truck = 12-18
    const o = order('SO-1', 'confirmed', { delivery: { promised: '2026-12-17', method: 'truck' }, production: { handoff: '2026-11-20' } });
    const { rows } = await report('at-risk', ws([o]), T);
    expect(rows).toMatchObject([{ kind: 'delivery', due: '2026-12-17', days_late: -22 }]);
    expect(rows[0]!.what).toBe('earliest arrival 2026-12-18 is after the promised delivery 2026-12-17 (2026-11-20 + 15 working days XK-200 + 1 buffer + 4 days truck)');
    const later = order('SO-1', 'confirmed', { delivery: { promised: '2026-12-18', method: 'truck' }, production: { handoff: '2026-11-20' } });
    expect((await report('at-risk', ws([later]), T)).rows).toEqual([]);
  });

  it('stock lines not yet picked need their stock lead time from today', async () => {
    // ordered 11-24, start today 11-25 + 2 working days = 11-27, + 1 = 11-30, + 2 days express = 12-02
    const o = order('SO-1', 'received', { ordered: '2026-11-24', lines: [{ model: 'LX4', quantity: 10, unit: 'pcs' }], delivery: { requested: '2026-12-01', method: 'express' } });
    const { rows } = await report('at-risk', ws([o]), T);
    expect(rows).toMatchObject([{ kind: 'delivery', due: '2026-12-01', days_late: -6 }]);
    expect(rows[0]!.what).toContain('earliest arrival 2026-12-02 is after the requested delivery 2026-12-01');
  });

  it('goods on the way with an ETA after the promised date', async () => {
    const o = order('SO-1', 'shipped', {
      delivery: { promised: '2026-11-27', method: 'truck' },
      shipments: [{ shipped: '2026-11-24', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-28' }],
      contacts: [{ date: '2026-11-24', node: 'shipped' }],
    });
    const { rows } = await report('at-risk', ws([o]), T);
    expect(rows).toMatchObject([{ kind: 'shipment', due: '2026-11-27', days_late: -2 }]);
    expect(rows[0]!.action).toContain('arrive 2026-11-28');
  });
});

describe('goods ready but too late to travel', () => {
  // ready since 11-20, so the buffer has run: leaving today 11-25 + 4 days truck = 11-29 > 11-27
  const o = order('SO-1', 'ready', {
    delivery: { promised: '2026-11-27', method: 'truck' },
    production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-11-20', done: '2026-11-20' }] },
  });

  it('says to ship faster today', async () => {
    const { rows } = await report('at-risk', ws([o]), T);
    expect(rows).toMatchObject([{ kind: 'delivery', days_late: -2, action: 'ship today by a faster method, or agree a new date with 王经理 (+86 574 8888 1234)' }]);
    expect(rows[0]!.what).toContain('(goods ready 2026-11-20, can leave today 2026-11-25 + 4 days truck)');
  });

  it('the table counts days left', async () => {
    const out = (await gendan(['report', 'at-risk', '--today', T], { cwd: ws([o]) })).stdout;
    expect(out).toMatch(/│ Days left │/);
    expect(out).toMatch(/│ 2026-11-27 │\s+2 │/);
  });
});

describe('due soon and not shipped', () => {
  const ready = (promised: string) =>
    order('SO-1', 'ready', {
      delivery: { promised, method: 'pickup' },
      production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-11-20', done: '2026-11-20' }] },
    });

  it('within at_risk_days working days: a row saying by when to ship', async () => {
    const { rows } = await report('at-risk', ws([ready('2026-11-30')]), T);
    expect(rows).toMatchObject([{ kind: 'delivery', due: '2026-11-30', days_late: -5, action: 'ship by 2026-11-30 to arrive by 2026-11-30' }]);
  });

  it('due today and not shipped is at risk, not late', async () => {
    const cwd = ws([ready(T)]);
    expect((await report('at-risk', cwd, T)).rows).toMatchObject([{ due: T, days_late: 0 }]);
    expect((await report('overdue', cwd, T)).rows).toEqual([]);
  });

  it('further away than at_risk_days: no row', async () => {
    expect((await report('at-risk', ws([ready('2026-12-01')]), T)).rows).toEqual([]);
  });
});

describe('what is never at risk', () => {
  it('late, delivered, closed and cancelled orders', async () => {
    const orders = [
      order('SO-1', 'preparing', { delivery: { promised: '2026-11-24' } }),
      order('SO-2', 'delivered', { delivery: { promised: '2026-11-26' }, shipments: [{ shipped: '2026-11-20', delivered: '2026-11-24' }] }),
      order('SO-3', 'closed', { delivery: { promised: '2026-11-26' } }),
      order('SO-4', 'cancelled', { delivery: { promised: '2026-11-26' } }),
    ];
    expect((await report('at-risk', ws(orders), T)).rows).toEqual([]);
  });
});
