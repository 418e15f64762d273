// `gendan tick` and `gendan log`: one dated line each, in the file's own style.
import { describe, expect, it } from 'vitest';
import { fullOrder, read, run, without, ws } from './fixture.js';

describe('tick', () => {
  it('records a manual item with today, creating `checklist:` before history when missing', async () => {
    const before = `${without(fullOrder('received'), 'checklist:', 'special_requests_reviewed')}history:\n  - { at: "2026-11-27T10:00:00+08:00", to: received }\n`;
    const dir = ws({ 'SO-1': before });
    const r = await run(dir, ['tick', 'SO-1', 'special_requests_reviewed']);
    expect(r).toMatchObject({ code: 0, stdout: 'SO-1: ticked `special_requests_reviewed` (special requests reviewed) on 2026-11-28\n' });
    expect(read(dir)).toBe(before.replace('history:', 'checklist:\n  special_requests_reviewed: 2026-11-28\nhistory:'));
  });

  it('adds to an existing checklist and leaves an earlier tick alone', async () => {
    const dir = ws({ 'SO-1': fullOrder('ready') });
    await run(dir, ['tick', 'SO-1', 'logistics_arranged']);
    expect(read(dir)).toContain('checklist:\n  special_requests_reviewed: 2026-11-03\n  logistics_arranged: 2026-11-28\n');
    const again = await run(dir, ['tick', 'SO-1', 'special_requests_reviewed']);
    expect(again.stdout).toContain('was already ticked on 2026-11-03; nothing changed');
    expect(read(dir)).toContain('special_requests_reviewed: 2026-11-03\n');
  });

  it('names the manual items when the item is unknown or follows from facts', async () => {
    const before = fullOrder('received');
    const dir = ws({ 'SO-1': before });
    const unknown = await run(dir, ['tick', 'SO-1', 'special_request_reviewed']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('gendan: unknown checklist item `special_request_reviewed`; items to tick by hand: special_requests_reviewed, logistics_arranged; did you mean `special_requests_reviewed`?\n');
    const fact = await run(dir, ['tick', 'SO-1', 'customer_phone', '--lang', 'zh']);
    expect(fact.stderr).toContain('`customer_phone`（客户电话）由订单内容判断');
    expect(read(dir)).toBe(before);
  });
});

describe('log', () => {
  it('appends a contact in the list style of the file', async () => {
    const dir = ws({ 'SO-1': fullOrder('preparing') });
    const r = await run(dir, ['log', 'SO-1', '--node', 'ship_date', '--channel', 'wechat', '预计', '12 月 15 日发货']);
    expect(r).toMatchObject({ code: 0, stdout: 'SO-1: contact recorded (2026-11-28, ship_date, wechat)\n' });
    expect(read(dir)).toContain('  - { date: 2026-11-20, node: shipped, channel: phone }\n  - { date: 2026-11-28, node: ship_date, channel: wechat, note: 预计 12 月 15 日发货 }\nfollow_up:');
  });

  it('block-style contacts get a block item; notes that need quotes get them', async () => {
    const before = `${without(fullOrder('preparing'), 'contacts:', 'node:')}contacts:\n  - date: 2026-11-03\n    node: confirmed   # 电话\n`;
    const dir = ws({ 'SO-1': before });
    await run(dir, ['log', 'SO-1', '--node', 'other', '--channel', 'email', 'price: 10, #2']);
    expect(read(dir)).toBe(`${before}  - date: 2026-11-28\n    node: other\n    channel: email\n    note: "price: 10, #2"\n`);
  });

  it('refuses unknown nodes and channels with the allowed values', async () => {
    const dir = ws({ 'SO-1': fullOrder('preparing') });
    const node = await run(dir, ['log', 'SO-1', '--node', 'shiped', '--channel', 'phone', 'x']);
    expect(node.code).toBe(2);
    expect(node.stderr).toContain('unknown node `shiped`; use one of: confirmed, production_started, ship_date, shipped, arriving, delivered, follow_up, delay, payment, other; did you mean `shipped`?');
    const channel = await run(dir, ['log', 'SO-1', '--node', 'shipped', 'x']);
    expect(channel.stderr).toContain('--channel is required: one of phone, email, wechat, meeting, fax, other');
    expect(read(dir)).toBe(fullOrder('preparing'));
  });
});
