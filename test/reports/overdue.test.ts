// `gendan report overdue` through the CLI: every kind of SPEC §5 at its boundary (due
// yesterday → 1 day late, due today → not late), holidays, partial shipments, forced
// transitions, on-hold and cancelled orders, skipped files and filters.
import { describe, expect, it } from 'vitest';
import { gendan } from '../helpers/cli.js';
import { ofKind, order, report, ws } from './fixture.js';

const T = '2026-11-25'; // a Wednesday
const YESTERDAY = '2026-11-24';

const told = [{ date: '2026-11-10', node: 'shipped', channel: 'phone' }];
const paid = { deposit_percent: 30, balance: 'on_delivery' };

/** For each kind: the order with its item due on `due`. */
const KINDS: Record<string, (due: string) => Record<string, unknown>> = {
  delivery: (due) => order('SO-1', 'preparing', { delivery: { promised: due, method: 'truck' } }),
  milestone: (due) =>
    order('SO-1', 'preparing', {
      delivery: { promised: '2026-12-30' },
      production: { handoff: '2026-11-03', milestones: [{ name: 'materials_ready', due: '2026-11-05', done: '2026-11-05' }, { name: 'qc_passed', due }] },
    }),
  shipment: (due) =>
    order('SO-1', 'shipped', {
      delivery: { promised: '2026-12-30', method: 'truck' },
      shipments: [{ shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1234567', eta: due }],
      contacts: told,
    }),
  // follow_up_days is 7 calendar days after the last delivery
  'follow-up': (due) =>
    order('SO-1', 'delivered', {
      shipments: [{ shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-14', delivered: addDays(due, -7) }],
      contacts: told,
    }),
  payment: (due) =>
    order('SO-1', 'followed_up', {
      payment: paid,
      payments: [{ date: '2026-11-03', amount: 9000 }],
      shipments: [{ shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1', delivered: due }],
      contacts: told,
    }),
  // issue_days is 3 working days: opened Thu 11-19 → due Tue 11-24; opened Fri 11-20 → due Wed 11-25
  issue: (due) => order('SO-1', 'preparing', { issues: [{ opened: due === YESTERDAY ? '2026-11-19' : '2026-11-20', kind: 'material_shortage', cause: '轴承供应商延期', owner: '采购部', action: '改用备选供应商' }] }),
  // due the first working day after the first shipment: shipped Mon 11-23 → Tue 11-24
  notify: (due) =>
    order('SO-1', 'shipped', {
      delivery: { promised: '2026-12-30', method: 'truck' },
      shipments: [{ shipped: due === YESTERDAY ? '2026-11-23' : '2026-11-24', carrier: '德邦物流', tracking: 'DB1', eta: '2026-12-30' }],
    }),
};

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('each kind at its boundary', () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`${kind}: due yesterday is 1 day late, due today is not late`, async () => {
      const late = ofKind((await report('overdue', ws([make(YESTERDAY)]), T)).rows, kind);
      expect(late).toHaveLength(1);
      expect(late[0]).toMatchObject({ order: 'SO-1', file: 'orders/SO-1.yaml', customer: '宁波恒达机械有限公司', kind, due: YESTERDAY, days_late: 1 });
      expect(late[0]!.action).not.toBe('');
      expect(ofKind((await report('overdue', ws([make(T)]), T)).rows, kind)).toEqual([]);
    });
  }
});

describe('what each row says to do', () => {
  it('names the carrier and waybill, the balance, the issue owner', async () => {
    const cwd = ws([KINDS.shipment!(YESTERDAY)]);
    expect(ofKind((await report('overdue', cwd, T)).rows, 'shipment')[0]!.action).toBe('call 德邦物流 about waybill DB1234567; record delivered once signed for');
    const pay = ofKind((await report('overdue', ws([KINDS.payment!(YESTERDAY)]), T)).rows, 'payment')[0]!;
    expect(pay.what).toBe('balance 21,000.00 CNY due 2026-11-24 (on delivery)');
    expect(pay.action).toBe('remind 王经理 (+86 574 8888 1234) of the balance 21,000.00 CNY');
    const issue = ofKind((await report('overdue', ws([KINDS.issue!(YESTERDAY)]), T)).rows, 'issue')[0]!;
    expect(issue.action).toContain('采购部');
    expect(issue.what).toContain('轴承供应商延期');
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await report('overdue', ws([KINDS.shipment!(YESTERDAY)]), T, ['--lang', 'zh']);
    expect(ofKind(r.rows, 'shipment')[0]!.action).toBe('致电德邦物流查询运单 DB1234567，签收后用 gendan deliver 登记签收');
  });
});

describe('payment terms', () => {
  it('days_after_delivery is due balance_days calendar days after the last delivery', async () => {
    const o = order('SO-1', 'followed_up', {
      payment: { deposit_percent: 30, balance: 'days_after_delivery', balance_days: 30 },
      shipments: [{ shipped: '2026-10-20', carrier: '德邦物流', tracking: 'DB1', delivered: '2026-10-25' }],
    });
    const rows = ofKind((await report('overdue', ws([o]), T)).rows, 'payment');
    expect(rows).toMatchObject([{ due: YESTERDAY, days_late: 1 }]);
    expect(rows[0]!.what).toContain('30,000.00 CNY');
  });

  it('a before_shipment balance is never a payment row', async () => {
    const o = order('SO-1', 'followed_up', {
      payment: { deposit_percent: 30, balance: 'before_shipment' },
      shipments: [{ shipped: '2026-10-20', carrier: '德邦物流', tracking: 'DB1', delivered: '2026-10-25' }],
    });
    expect(ofKind((await report('overdue', ws([o]), T)).rows, 'payment')).toEqual([]);
  });

  it('no payment row once paid in full, nor before every shipment is delivered', async () => {
    const full = KINDS.payment!('2026-11-01');
    full.payments = [{ date: '2026-11-03', amount: 9000 }, { date: '2026-11-20', amount: 21000 }];
    const undelivered = order('SO-2', 'shipped', { payment: paid, shipments: [{ shipped: '2026-10-20', delivered: '2026-10-25' }, { shipped: '2026-10-21' }] });
    expect(ofKind((await report('overdue', ws([full, undelivered]), T)).rows, 'payment')).toEqual([]);
  });
});

describe('issues count working days', () => {
  // National Day 2026: Oct 1–7 off; 09-29 + 3 working days = 09-30, 10-08, 10-09.
  const o = order('SO-1', 'preparing', { issues: [{ opened: '2026-09-29', kind: 'production_delay', owner: '生产部' }] });
  it('a public holiday inside issue_days moves the due date', async () => {
    const cwd = ws([o]);
    expect(ofKind((await report('overdue', cwd, '2026-10-10')).rows, 'issue')).toMatchObject([{ due: '2026-10-09', days_late: 1 }]);
    expect(ofKind((await report('overdue', cwd, '2026-10-09')).rows, 'issue')).toEqual([]);
    // Counting weekends only it would be late from 10-03 on.
    expect(ofKind((await report('overdue', cwd, '2026-10-03')).rows, 'issue')).toEqual([]);
  });

  it('a resolved issue is never late', async () => {
    const done = order('SO-1', 'preparing', { issues: [{ opened: '2026-09-29', kind: 'other', resolved: '2026-10-20' }] });
    expect(ofKind((await report('overdue', ws([done]), T)).rows, 'issue')).toEqual([]);
  });
});

describe('notify', () => {
  it('a contact dated before the shipment does not count; one on the day does', async () => {
    const early = KINDS.notify!(YESTERDAY);
    early.contacts = [{ date: '2026-11-20', node: 'shipped', channel: 'phone' }];
    expect(ofKind((await report('overdue', ws([early]), T)).rows, 'notify')).toHaveLength(1);
    early.contacts = [{ date: '2026-11-23', node: 'shipped', channel: 'phone' }];
    expect(ofKind((await report('overdue', ws([early]), T)).rows, 'notify')).toEqual([]);
  });

  it('only while shipped or delivered', async () => {
    const o = KINDS.notify!(YESTERDAY);
    o.status = 'followed_up';
    expect(ofKind((await report('overdue', ws([o]), T)).rows, 'notify')).toEqual([]);
  });
});

describe('partial shipments', () => {
  it('the delivery row says what is still to ship; only the undelivered shipment is late', async () => {
    const o = order('SO-1', 'shipped', {
      delivery: { promised: '2026-11-20', method: 'truck' },
      shipments: [
        { shipped: '2026-11-10', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-13', delivered: '2026-11-13', items: [{ model: 'XK-200', quantity: 10, unit: 'box' }] },
        { shipped: '2026-11-18', carrier: '德邦物流', tracking: 'DB2', eta: '2026-11-22', items: [{ model: 'XK-200', quantity: 100 }] },
      ],
      contacts: told,
    });
    const { rows } = await report('overdue', ws([o]), T);
    // The second batch (11-18) was never told: a notify row of its own.
    expect(rows.map((r) => [r.kind, r.days_late])).toEqual([
      ['notify', 6],
      ['delivery', 5],
      ['shipment', 3],
    ]);
    expect(rows[1]!.what).toBe('promised delivery 2026-11-20, order shipped; still to ship: XK-200 100 pcs');
    expect(rows[2]!.what).toContain('DB2');
  });
});

describe('forced transitions', () => {
  it('waived items do not hide late facts', async () => {
    const o = order('SO-1', 'shipped', {
      delivery: { promised: '2026-11-23', method: 'truck' },
      shipments: [{ shipped: '2026-11-19', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-27', items: [{ model: 'XK-200', quantity: 150 }] }],
      history: [
        { at: '2026-11-03T09:00:00+08:00', from: 'confirmed', to: 'preparing' },
        { at: '2026-11-18T10:00:00+08:00', from: 'preparing', to: 'ready' },
        { at: '2026-11-19T17:00:00+08:00', from: 'ready', to: 'shipped', reason: '客户急需，先发一半', waived: ['fully_shipped', 'customer_told_shipped'] },
      ],
    });
    const { rows } = await report('overdue', ws([o]), T);
    expect(rows.map((r) => [r.kind, r.due, r.days_late])).toEqual([
      ['notify', '2026-11-20', 5],
      ['delivery', '2026-11-23', 2],
    ]);
    expect(rows[1]!.what).toContain('still to ship: XK-200 150 pcs');
  });
});

describe('on hold and cancelled orders', () => {
  it('an on-hold order is judged by the state it left, and the row says it is on hold', async () => {
    const o = order('SO-1', 'on_hold', {
      delivery: { promised: '2026-11-20', method: 'truck' },
      history: [{ at: '2026-11-16T15:20:00+08:00', from: 'preparing', to: 'on_hold', note: '客户要求暂停' }],
    });
    const { rows } = await report('overdue', ws([o]), T);
    expect(rows).toMatchObject([{ kind: 'delivery', days_late: 5 }]);
    expect(rows[0]!.what).toBe('promised delivery 2026-11-20, order preparing (order on hold since 2026-11-16)');
    expect(rows[0]!.action).toMatch(/^order on hold/);
  });

  it('cancelled orders never appear', async () => {
    const o = order('SO-1', 'cancelled', {
      delivery: { promised: '2026-11-01' },
      issues: [{ opened: '2026-10-01', kind: 'other' }],
      history: [{ at: '2026-11-02T10:00:00+08:00', from: 'preparing', to: 'cancelled', reason: '客户取消' }],
    });
    expect((await report('overdue', ws([o]), T)).rows).toEqual([]);
  });
});

describe('which orders are used', () => {
  it('skipped files are named on stderr; orders failing other rules are still used', async () => {
    const unknownModel = order('SO-2', 'preparing', { lines: [{ model: 'NOPE-1', quantity: 1, unit: 'pcs' }], delivery: { promised: YESTERDAY } });
    const cwd = ws([KINDS.delivery!(YESTERDAY), unknownModel], {
      'orders/broken.yaml': 'id: [unclosed\n',
      'orders/no-id.yaml': 'status: received\ncustomer: { name: x }\n',
      'orders/bad-status.yaml': 'id: SO-9\nstatus: shipping\ncustomer: { name: x }\nordered: 2026-11-01\n',
    });
    const r = await report('overdue', cwd, T);
    expect(r.rows.map((x) => x.order)).toEqual(['SO-1', 'SO-2']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('gendan: skipped orders/no-id.yaml: it has no valid `id`');
    expect(lines).toContain('gendan: skipped orders/bad-status.yaml: it has no valid `status`');
    expect(lines.find((l) => l.includes('broken.yaml'))).toMatch(/^gendan: skipped orders\/broken\.yaml:\d+:\d+: ./);
  });

  it('takes paths like check does', async () => {
    const other = order('SO-2', 'preparing', { delivery: { promised: YESTERDAY } });
    const cwd = ws([KINDS.delivery!(YESTERDAY), other]);
    expect((await report('overdue', cwd, T, ['orders/SO-2.yaml'])).rows.map((r) => r.order)).toEqual(['SO-2']);
  });
});

describe('order of rows and filters', () => {
  const orders = [
    order('SO-3', 'preparing', { delivery: { promised: '2026-11-24' } }),
    order('SO-1', 'preparing', { delivery: { promised: '2026-11-20' }, customer: { name: 'Acme Trading' }, sales: '张伟' }),
    order('SO-2', 'shipped', { delivery: { promised: '2026-11-24' }, shipments: [{ shipped: '2026-11-19', eta: '2026-11-20' }], contacts: [{ date: '2026-11-19', node: 'shipped' }] }),
  ];

  it('most late first, then by order id and kind', async () => {
    const { rows } = await report('overdue', ws(orders), T);
    expect(rows.map((r) => [r.order, r.kind, r.days_late])).toEqual([
      ['SO-1', 'delivery', 5],
      ['SO-2', 'shipment', 5],
      ['SO-2', 'delivery', 1],
      ['SO-3', 'delivery', 1],
    ]);
  });

  it('--customer, --sales and --status narrow the orders', async () => {
    const cwd = ws(orders);
    expect((await report('overdue', cwd, T, ['--customer', 'acme'])).rows.map((r) => r.order)).toEqual(['SO-1']);
    expect((await report('overdue', cwd, T, ['--sales', '李娜'])).rows.map((r) => r.order)).toEqual(['SO-2', 'SO-2', 'SO-3']);
    expect((await report('overdue', cwd, T, ['--status', 'shipped,received'])).rows.map((r) => r.order)).toEqual(['SO-2', 'SO-2']);
  });

  it('an unknown status is a usage error', async () => {
    const r = await gendan(['report', 'overdue', '--today', T, '--status', 'shiped'], { cwd: ws(orders) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gendan: --status: unknown state `shiped`; use one of: received, .*did you mean `shipped`\?\n$/);
  });
});
