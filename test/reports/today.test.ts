// `gendan today`: the morning page, grouped by order — late, at risk, due today (with the
// action for the day), and the open checklist items of each open order.
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { order, ws } from './fixture.js';

const T = '2026-11-25';

interface Item {
  section: string;
  kind: string;
  item: string | null;
  what: string;
  due: string | null;
  days_late: number | null;
  action: string | null;
}
interface Page {
  today: string;
  orders: { order: string; file: string; customer: string; status: string; items: Item[] }[];
}

async function page(cwd: string, today = T, args: string[] = []): Promise<Page> {
  const r = await gendan(['today', '--today', today, '--format', 'json', ...args], { cwd });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Page;
}

const told = [{ date: '2026-11-20', node: 'shipped' }];

describe('due today', () => {
  it('ETAs, milestones, follow-ups, payments and notices falling due today, each with the action for the day', async () => {
    const orders = [
      order('SO-1', 'shipped', { delivery: { promised: '2026-12-30', method: 'truck' }, shipments: [{ shipped: '2026-11-20', carrier: '德邦物流', tracking: 'DB1', eta: T }], contacts: told }),
      order('SO-2', 'preparing', { delivery: { promised: '2026-12-30' }, production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: T }] } }),
      order('SO-3', 'delivered', { shipments: [{ shipped: '2026-11-16', delivered: '2026-11-18' }], contacts: told }),
      order('SO-4', 'followed_up', { payment: { deposit_percent: 0, balance: 'on_delivery' }, shipments: [{ shipped: '2026-11-20', delivered: T }], contacts: told }),
      order('SO-5', 'shipped', { delivery: { promised: '2026-12-30', method: 'truck' }, shipments: [{ shipped: '2026-11-24', carrier: '德邦物流', tracking: 'DB5', eta: '2026-11-28' }] }),
    ];
    const p = await page(ws(orders));
    const today = Object.fromEntries(p.orders.map((o) => [o.order, o.items.filter((i) => i.section === 'due-today')]));
    expect(today['SO-1']).toMatchObject([{ kind: 'shipment', due: T, days_late: 0, action: 'tell 王经理 (+86 574 8888 1234) the goods arrive today (德邦物流 waybill DB1)' }]);
    expect(today['SO-2']).toMatchObject([{ kind: 'milestone', action: 'check with production that qc_passed is done today' }]);
    expect(today['SO-3']).toMatchObject([{ kind: 'follow-up', due: T }]);
    expect(today['SO-4']).toMatchObject([{ kind: 'payment', action: 'the balance 30,000.00 CNY falls due today: remind 王经理 (+86 574 8888 1234)' }]);
    expect(today['SO-5']).toMatchObject([{ kind: 'notify', due: T }]);
  });

  it('a delivery due today and not shipped is said once, as at risk', async () => {
    const o = order('SO-1', 'ready', { delivery: { promised: T, method: 'pickup' }, production: { handoff: '2026-11-03', milestones: [{ name: 'qc_passed', due: '2026-11-20', done: '2026-11-20' }] } });
    const items = (await page(ws([o]))).orders[0]!.items.filter((i) => i.section !== 'checklist');
    expect(items).toMatchObject([{ section: 'at-risk', kind: 'delivery', due: T, days_late: 0 }]);
  });
});

describe('grouped by order', () => {
  const orders = [
    order('SO-1', 'received', { delivery: { requested: '2027-01-30' } }),
    order('SO-2', 'preparing', { delivery: { promised: '2026-11-20' }, issues: [{ opened: '2026-11-02', kind: 'other', owner: '生产部' }] }),
    order('SO-3', 'preparing', { delivery: { promised: '2026-11-24' } }),
    order('SO-4', 'closed', { delivery: { promised: '2026-11-01' } }),
  ];

  it('each order once, the most late first; sections in order within it; closed orders left out', async () => {
    const p = await page(ws(orders));
    expect(p.today).toBe(T);
    expect(p.orders.map((o) => o.order)).toEqual(['SO-2', 'SO-3', 'SO-1']);
    const so2 = p.orders[0]!;
    expect(so2).toMatchObject({ file: 'orders/SO-2.yaml', customer: '宁波恒达机械有限公司', status: 'preparing' });
    expect(so2.items.map((i) => [i.section, i.kind, i.days_late])).toEqual([
      ['overdue', 'issue', 20],
      ['overdue', 'delivery', 5],
      ...so2.items.filter((i) => i.section === 'checklist').map(() => ['checklist', 'checklist', null]),
    ]);
    for (const o of p.orders) for (const i of o.items) expect(Object.keys(i)).toEqual(['section', 'kind', 'item', 'what', 'due', 'days_late', 'action']);
  });

  it('open checklist items of the current state, with what is missing', async () => {
    const p = await page(ws(orders));
    const so1 = p.orders.find((o) => o.order === 'SO-1')!;
    const manual = so1.items.find((i) => i.item === 'special_requests_reviewed')!;
    expect(manual).toMatchObject({ section: 'checklist', kind: 'checklist', due: null, days_late: null });
    expect(manual.action).toContain('gendan tick SO-1 special_requests_reviewed');
  });

  it('the table shows a heading per order and every item; markdown a section per order', async () => {
    const cwd = ws(orders);
    const table = (await gendan(['today', '--today', T], { cwd })).stdout;
    expect(table.split('\n')[0]).toBe(`Today — ${T}`);
    expect(table).toContain('SO-2 · 宁波恒达机械有限公司 · preparing · orders/SO-2.yaml');
    expect(table).toMatch(/20 days late +issue/);
    expect(table).toContain('✗ special requests reviewed');
    const md = (await gendan(['today', '--today', T, '--format', 'markdown', '--lang', 'zh'], { cwd })).stdout;
    expect(md.split('\n').filter((l) => l.startsWith('### '))).toEqual([
      '### SO-2 · 宁波恒达机械有限公司 · 生产/备货中 · orders/SO-2.yaml',
      '### SO-3 · 宁波恒达机械有限公司 · 生产/备货中 · orders/SO-3.yaml',
      '### SO-1 · 宁波恒达机械有限公司 · 已接单 · orders/SO-1.yaml',
    ]);
    expect(md).toContain('- **逾期 20 天** · 问题 · 2026-11-05 · ');
  });

  it('csv: one record per item with a header row', async () => {
    const cwd = ws(orders);
    const p = await page(cwd);
    const lines = (await gendan(['today', '--today', T, '--format', 'csv'], { cwd })).stdout.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('section,order,file,customer,status,kind,item,what,due,days_late,action');
    expect(lines).toHaveLength(1 + p.orders.reduce((n, o) => n + o.items.length, 0));
  });
});

describe('forced transitions', () => {
  it('the page shows the checklist of the state the order was forced into, and the late facts', async () => {
    const o = order('SO-1', 'shipped', {
      delivery: { promised: '2026-11-23', method: 'truck' },
      shipments: [{ shipped: '2026-11-19', carrier: '德邦物流', tracking: 'DB1', eta: '2026-11-27', items: [{ model: 'XK-200', quantity: 150 }] }],
      history: [{ at: '2026-11-19T17:00:00+08:00', from: 'ready', to: 'shipped', reason: '客户急需，先发一半', waived: ['fully_shipped', 'customer_told_shipped'] }],
    });
    const items = (await page(ws([o]))).orders[0]!.items;
    expect(items.filter((i) => i.section === 'overdue').map((i) => i.kind)).toEqual(['notify', 'delivery']);
    const todo = items.filter((i) => i.section === 'checklist').map((i) => i.item);
    expect(todo).toContain('all_delivered');
    expect(todo).not.toContain('fully_shipped');
  });
});

describe('--exit-code', () => {
  it('1 when the page has anything on it, 0 when empty', async () => {
    const busy = ws([order('SO-1', 'preparing', { delivery: { promised: '2026-11-20' } })]);
    expect((await gendan(['today', '--today', T, '--exit-code'], { cwd: busy })).code).toBe(1);
    const quiet = ws([order('SO-1', 'closed', { delivery: { promised: '2026-11-20' } })]);
    const r = await gendan(['today', '--today', T, '--exit-code'], { cwd: quiet });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Today — ${T}\nNothing to do today.\n`);
  });
});

describe('the examples workspace', () => {
  it('gives a full, sensible morning page on 2026-12-02', async () => {
    const cwd = copyExamples();
    const p = await page(cwd, '2026-12-02');
    const sections = new Set(p.orders.flatMap((o) => o.items.map((i) => i.section)));
    expect([...sections].sort()).toEqual(['at-risk', 'checklist', 'due-today', 'overdue']);
    const statuses = new Set(p.orders.map((o) => o.status));
    expect(statuses.has('cancelled')).toBe(false);
    expect(statuses.has('closed')).toBe(false);
    expect(new Set(p.orders.map((o) => o.file)).size).toBe(p.orders.length);
    for (const o of p.orders) {
      expect(o.items.length).toBeGreaterThan(0);
      for (const i of o.items) if (i.days_late !== null && i.section === 'overdue') expect(i.days_late).toBeGreaterThan(0);
    }
    const r = await gendan(['today', '--today', '2026-12-02'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
