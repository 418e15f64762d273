// The notices owed to the customer: `today`'s `tell` section, `notify` rows for every
// shipped batch, and `gendan message … --log` settling a notice for the next run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { order, report, ws } from '../reports/fixture.js';

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
  orders: { order: string; items: Item[] }[];
}

async function tell(cwd: string, today: string): Promise<{ order: string; item: Item }[]> {
  const r = await gendan(['today', '--today', today, '--format', 'json'], { cwd });
  expect(r.code).toBe(0);
  const page = JSON.parse(r.stdout) as Page;
  return page.orders.flatMap((o) => o.items.filter((i) => i.section === 'tell').map((item) => ({ order: o.order, item })));
}

const nodes = (list: { order: string; item: Item }[]) => list.map((t) => `${t.order} ${t.item.item}`).sort();

describe('today on the examples', () => {
  it('tells of production started and a logistics delay on 2026-12-02', async () => {
    const cwd = copyExamples();
    const list = await tell(cwd, '2026-12-02');
    expect(nodes(list)).toEqual(['SO-2026-0106 delay', 'SO-2026-0109 production_started']);
    for (const { order: id, item } of list) {
      expect(item.kind).toBe('notify');
      expect(item.action).toContain(`gendan message ${id} ${item.item} --log`);
    }
    const delay = list.find((t) => t.item.item === 'delay')!.item;
    expect(delay).toMatchObject({ due: '2026-11-30', days_late: 2 });
  });

  it('tells of the arrival one working day before the ETA (Friday for a Monday ETA)', async () => {
    const cwd = copyExamples();
    expect(nodes(await tell(cwd, '2026-12-17'))).not.toContain('SO-2026-0107 arriving');
    const list = await tell(cwd, '2026-12-18');
    expect(nodes(list)).toContain('SO-2026-0107 arriving');
    expect(list.find((t) => t.item.item === 'arriving')!.item).toMatchObject({ due: '2026-12-18', days_late: 0 });
    // Once the ETA has passed it is a late shipment, not a notice.
    expect(nodes(await tell(cwd, '2026-12-22'))).not.toContain('SO-2026-0107 arriving');
  });

  it('`gendan message … --log` records the contact and the item is gone on the next run', async () => {
    const cwd = copyExamples();
    const file = join(cwd, 'orders/SO-2026-0109.yaml');
    const before = readFileSync(file, 'utf8');
    const r = await gendan(['message', 'SO-2026-0109', 'production_started', '--log', '--today', '2026-12-02', '--lang', 'zh'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('王经理您好！');
    expect(r.stderr).toContain('已记录');
    const after = readFileSync(file, 'utf8');
    // Exactly one line added, at the end of contacts; everything else byte for byte.
    expect(after).toBe(
      before.replace(
        '  - { date: 2026-11-17, node: confirmed, channel: phone, note: 条款已逐条确认 }\n',
        '  - { date: 2026-11-17, node: confirmed, channel: phone, note: 条款已逐条确认 }\n  - { date: 2026-12-02, node: production_started, channel: wechat, note: 王经理您好！ }\n',
      ),
    );
    expect(nodes(await tell(cwd, '2026-12-02'))).toEqual(['SO-2026-0106 delay']);
    // Without a node, the delay is what SO-2026-0106 owes; logged, nothing is left to tell.
    const d = await gendan(['message', 'SO-2026-0106', '--log', '--channel', 'sms', '--today', '2026-12-02'], { cwd });
    expect(d.code).toBe(0);
    expect(readFileSync(join(cwd, 'orders/SO-2026-0106.yaml'), 'utf8')).toMatch(/- \{ date: 2026-12-02, node: delay, channel: phone, note: .*SO-2026-0106.* \}\n/);
    expect(await tell(cwd, '2026-12-02')).toEqual([]);
    const none = await gendan(['message', 'SO-2026-0106', '--today', '2026-12-02'], { cwd });
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^gendan: SO-2026-0106: nothing to tell now/);
  });

  it('the table names the section in Chinese and gives the command', async () => {
    const r = await gendan(['today', '--today', '2026-12-02', '--lang', 'zh'], { cwd: copyExamples() });
    expect(r.stdout).toContain('需告知客户 2 项');
    expect(r.stdout).toMatch(/开始生产 +2026-11-25 +2026-11-25 已开始生产，尚未告知客户/);
    expect(r.stdout).toContain('gendan message SO-2026-0109 production_started --log');
  });
});

const shipped = (date: string, tracking: string, extra: Record<string, unknown> = {}) => ({ shipped: date, carrier: '德邦物流', tracking, eta: '2026-12-20', ...extra });

describe('notices on small orders', () => {
  it('notify: one overdue row per shipped batch the customer was not told of', async () => {
    const cwd = ws([
      order('SO-1', 'shipped', {
        shipments: [shipped('2026-11-20', 'A1', { items: [{ model: 'XK-200', quantity: 100 }] }), shipped('2026-11-24', 'A2')],
        contacts: [{ date: '2026-11-20', node: 'shipped', channel: 'wechat' }],
      }),
    ]);
    const { rows } = await report('overdue', cwd, '2026-11-30');
    const notify = rows.filter((r) => r.kind === 'notify');
    expect(notify.map((r) => r.due)).toEqual(['2026-11-25']);
    expect(notify[0]!.action).toContain('gendan message SO-1 shipped --log');
    // The message for the batch owed is about the second one.
    const m = await gendan(['message', 'SO-1', 'shipped', '--today', '2026-11-30', '--lang', 'en'], { cwd });
    expect(m.stdout).toContain('The second shipment for our order SO-1 shipped on 24 Nov: 200 pcs of XK-200.');
    expect(m.stdout).toContain('waybill no. A2');
  });

  it('a batch shipped while the order is still `ready` is told in the tell section', async () => {
    const cwd = ws([order('SO-1', 'ready', { shipments: [shipped('2026-11-20', 'A1', { items: [{ model: 'XK-200', quantity: 100 }] })] })]);
    const list = await tell(cwd, '2026-11-23');
    expect(nodes(list)).toEqual(['SO-1 shipped']);
    expect((await report('overdue', cwd, '2026-11-30')).rows.filter((r) => r.kind === 'notify')).toEqual([]);
  });

  it('an untold batch lapses once the order is followed up or closed (and stays owed while held)', async () => {
    const untold = { shipments: [shipped('2026-11-20', 'A1', { delivered: '2026-11-24' })] };
    const held = { ...untold, history: [{ at: '2026-11-25T09:00:00+08:00', from: 'delivered', to: 'on_hold' }] };
    const cwd = ws([order('SO-1', 'followed_up', untold), order('SO-2', 'closed', untold), order('SO-3', 'delivered', untold), order('SO-4', 'on_hold', held)]);
    expect(nodes(await tell(cwd, '2026-11-30'))).toEqual([]);
    const page = JSON.parse((await gendan(['today', '--today', '2026-11-30', '--format', 'json'], { cwd })).stdout) as Page;
    expect(page.orders.map((o) => o.order)).not.toContain('SO-2');
    // Delivered (and held from there): still the overdue report's `notify` row.
    expect((await report('overdue', cwd, '2026-11-30')).rows.filter((r) => r.kind === 'notify').map((r) => r.order)).toEqual(['SO-3', 'SO-4']);
    // Nothing owed: `message` without a node says so; with the node it still writes.
    for (const id of ['SO-1', 'SO-2']) expect((await gendan(['message', id, '--today', '2026-11-30', '--lang', 'en'], { cwd })).code).toBe(1);
    expect((await gendan(['message', 'SO-2', 'shipped', '--today', '2026-11-30', '--lang', 'en'], { cwd })).code).toBe(0);
  });

  it('arrival_notice_days moves the arrival notice earlier', async () => {
    const o = order('SO-1', 'shipped', { shipments: [shipped('2026-11-20', 'A1', { eta: '2026-11-27' })], contacts: [{ date: '2026-11-20', node: 'shipped', channel: 'wechat' }] });
    const one = ws([o]);
    expect(nodes(await tell(one, '2026-11-25'))).toEqual([]);
    expect(nodes(await tell(one, '2026-11-26'))).toEqual(['SO-1 arriving']);
    const three = ws([o], {}, 'catalog: catalog.yaml\ncalendar: { region: CN }\narrival_notice_days: 3\n');
    expect(nodes(await tell(three, '2026-11-24'))).toEqual(['SO-1 arriving']);
    // Told once after it left: settled.
    const toldOnce = ws([{ ...o, contacts: [...(o.contacts as object[]), { date: '2026-11-26', node: 'arriving', channel: 'phone' }] }]);
    expect(await tell(toldOnce, '2026-11-26')).toEqual([]);
  });

  it('production_started: from the milestone done, or from entering preparing without one', async () => {
    const milestone = order('SO-1', 'preparing', { production: { handoff: '2026-11-03', milestones: [{ name: 'production_started', due: '2026-11-10' }] } });
    expect(await tell(ws([milestone]), '2026-11-12')).toEqual([]);
    const done = order('SO-1', 'preparing', { production: { handoff: '2026-11-03', milestones: [{ name: 'production_started', due: '2026-11-10', done: '2026-11-11' }] } });
    const list = await tell(ws([done]), '2026-11-12');
    expect(list.map((t) => [t.item.item, t.item.due])).toEqual([['production_started', '2026-11-11']]);
    const none = order('SO-1', 'preparing', { history: [{ at: '2026-11-05T09:00:00+08:00', from: 'confirmed', to: 'preparing' }] });
    expect((await tell(ws([none]), '2026-11-12')).map((t) => t.item.due)).toEqual(['2026-11-05']);
    const toldBefore = { ...done, contacts: [{ date: '2026-11-11', node: 'production_started', channel: 'wechat' }] };
    expect(await tell(ws([toldBefore]), '2026-11-12')).toEqual([]);
  });

  it('delay: a later promised date in changes, until a delay contact on or after it', async () => {
    const moved = order('SO-1', 'preparing', {
      delivery: { promised: '2026-12-20' },
      changes: [{ date: '2026-11-18', field: 'delivery.promised', from: '2026-12-10', to: '2026-12-20', reason: '锻件延迟到货', channel: 'phone' }],
    });
    expect((await tell(ws([moved]), '2026-11-19')).map((t) => [t.item.item, t.item.due])).toEqual([['delay', '2026-11-18']]);
    const earlier = { ...moved, changes: [{ date: '2026-11-18', field: 'delivery.promised', from: '2026-12-20', to: '2026-12-10' }] };
    expect(await tell(ws([earlier]), '2026-11-19')).toEqual([]);
    const toldBefore = { ...moved, contacts: [{ date: '2026-11-17', node: 'delay', channel: 'phone' }] };
    expect((await tell(ws([toldBefore]), '2026-11-19')).length).toBe(1);
    const toldAfter = { ...moved, contacts: [{ date: '2026-11-18', node: 'delay', channel: 'phone' }] };
    expect(await tell(ws([toldAfter]), '2026-11-19')).toEqual([]);
    const cwd = ws([moved]);
    const m = await gendan(['message', 'SO-1', '--today', '2026-11-19', '--lang', 'zh'], { cwd });
    expect(m.code).toBe(0);
    expect(m.stdout).toContain('锻件延迟到货。原定12月10日的交期需推迟至12月20日。');
  });

  it('delay: an open damage issue, not a resolved one nor a production issue', async () => {
    const issue = (kind: string, resolved?: string) => order('SO-1', 'shipped', { issues: [{ opened: '2026-11-20', kind, cause: '外箱破损', ...(resolved ? { resolved } : {}) }] });
    expect(nodes(await tell(ws([issue('damage')]), '2026-11-23'))).toEqual(['SO-1 delay']);
    expect(await tell(ws([issue('damage', '2026-11-21')]), '2026-11-23')).toEqual([]);
    expect(await tell(ws([issue('production_delay')]), '2026-11-23')).toEqual([]);
  });
});
