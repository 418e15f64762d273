// `gendan advance` through the real CLI: moves, refusals, on_hold / resume, cancel, force.
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { change, fullOrder, read, run, without, ws } from './fixture.js';

const at = '"2026-11-28T09:30:00+08:00"';

describe('advance', () => {
  it('moves to the next state: status and one history line, nothing else', async () => {
    const before = fullOrder('received');
    const dir = ws({ 'SO-1': before });
    const r = await run(dir, ['advance', 'SO-1', '--note', '条款齐全']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('SO-1: received → confirmed\n');
    expect(read(dir)).toBe(`${before.replace('status: received', 'status: confirmed')}history:\n  - { at: ${at}, from: received, to: confirmed, note: 条款齐全 }\n`);
  });

  it('refuses with the unmet items in en and zh, exit 1, file byte-identical', async () => {
    const before = without(fullOrder('received'), '+86 574', 'special_requests_reviewed', 'checklist:');
    const dir = ws({ 'SO-1': before });
    const en = await run(dir, ['advance', 'SO-1']);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('SO-1 stays `received`: 2 checklist item(s) are not met for received → confirmed:');
    expect(en.stderr).toContain('✗ customer phone: `customer.phone` is not filled in');
    expect(en.stderr).toContain('✗ special requests reviewed: not ticked yet: once done, run `gendan tick SO-1 special_requests_reviewed`');
    expect(en.stderr).toContain('--force --reason');
    const zh = await run(dir, ['advance', 'SO-1', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('SO-1 仍为“已接单”：已接单 → 已确认 还有 2 项未满足：');
    expect(zh.stderr).toContain('✗ 客户电话：未填写客户电话');
    expect(zh.stderr).toContain('✗ 已审核特殊要求：尚未勾选');
    expect(read(dir)).toBe(before);
  });

  it('"check passes" is an item of received', async () => {
    const before = change(fullOrder('received'), { 'quantity: 100': '  - { model: XK-210, quantity: 100, unit: kg, unit_price: 10 }' });
    const dir = ws({ 'SO-1': before });
    const r = await run(dir, ['advance', 'SO-1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/✗ `gendan check` passes for the order: `gendan check` finds 1 error\(s\); first, line 12: .*kg/);
    expect(read(dir)).toBe(before);
  });

  it('--force needs --reason and records the reason and waived items', async () => {
    const before = without(fullOrder('received'), '+86 574');
    const dir = ws({ 'SO-1': before });
    const bare = await run(dir, ['advance', 'SO-1', '--force']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--force needs --reason');
    const r = await run(dir, ['advance', 'SO-1', '--force', '--reason', '电话稍后补']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('waived (recorded in history): customer phone');
    expect(read(dir)).toContain(`  - { at: ${at}, from: received, to: confirmed, reason: 电话稍后补, waived: [customer_phone] }\n`);
    // the waived item no longer makes `check` fail
    expect((await run(dir, ['check'])).code).toBe(0);
  });

  it('a named later state needs every checklist on the way', async () => {
    const dir = ws({ 'SO-1': without(fullOrder('received'), 'node: ship_date') });
    const r = await run(dir, ['advance', 'SO-1', 'ready']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('customer told the expected ship date');
    const ok = await run(dir, ['advance', 'SO-1', 'preparing']);
    expect(ok.code).toBe(0);
    expect(read(dir)).toContain('from: received, to: preparing');
  });

  it('on_hold from an open state, and a plain advance resumes where it left', async () => {
    const dir = ws({ 'SO-1': fullOrder('preparing') });
    expect((await run(dir, ['advance', 'SO-1', 'on_hold', '--note', '客户要求暂停'])).code).toBe(0);
    expect(read(dir)).toMatch(/status: on_hold\n/);
    const resume = await run(dir, ['advance', 'SO-1']);
    expect(resume.stdout).toBe('SO-1: on_hold → preparing\n');
    expect((await run(dir, ['advance', 'SO-1', '--lang', 'zh'])).stdout).toBe('SO-1：生产/备货中 → 待发货\n');
    expect(read(dir)).toContain(`  - { at: ${at}, from: preparing, to: on_hold, note: 客户要求暂停 }\n  - { at: ${at}, from: on_hold, to: preparing }\n`);
  });

  it('cancelled needs a reason and only before delivered', async () => {
    const dir = ws({ 'SO-1': fullOrder('shipped'), 'SO-2': fullOrder('delivered', 'SO-2') });
    const noReason = await run(dir, ['advance', 'SO-1', 'cancelled']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('cancelling needs --reason');
    expect((await run(dir, ['advance', 'SO-1', 'cancelled', '--reason', '客户撤单'])).code).toBe(0);
    expect(read(dir)).toContain('from: shipped, to: cancelled, reason: 客户撤单 }');
    const late = await run(dir, ['advance', 'SO-2', 'cancelled', '--reason', 'x']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('only before it is delivered');
    const final = await run(dir, ['advance', 'SO-1']);
    expect(final.code).toBe(2);
    expect(final.stderr).toContain('a final state');
  });

  it('moving back needs --force; unknown states get a suggestion', async () => {
    const dir = ws({ 'SO-1': fullOrder('ready') });
    expect((await run(dir, ['advance', 'SO-1', 'preparing'])).stderr).toContain('needs --force --reason');
    expect((await run(dir, ['advance', 'SO-1', 'shiped'])).stderr).toContain('did you mean `shipped`?');
    const same = await run(dir, ['advance', 'SO-1', 'ready']);
    expect([same.code, same.stdout]).toEqual([0, 'SO-1 is already ready (ready to ship); nothing to change\n']);
    expect((await run(dir, ['advance', 'SO-1', 'preparing', '--force', '--reason', '质检返工'])).code).toBe(0);
    expect(read(dir)).toMatch(/status: preparing\n/);
  });

  it('finds the order by file path and by the id inside a differently named file', async () => {
    const dir = ws({ 'renamed': fullOrder('received', 'SO-9') });
    expect((await run(dir, ['advance', 'SO-9'])).code).toBe(0);
    expect((await run(dir, ['advance', 'orders/renamed.yaml'])).code).toBe(0);
    expect(read(dir, 'renamed')).toMatch(/status: preparing\n/);
    const missing = await run(dir, ['advance', 'SO-8']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no order `SO-8` in orders');
  });

  it('history `at` is 09:00 local on a fixed --today without GENDAN_NOW', async () => {
    const dir = ws({ 'SO-1': fullOrder('received') });
    await run(dir, ['advance', 'SO-1'], { GENDAN_NOW: undefined as unknown as string });
    expect(read(dir)).toMatch(/- \{ at: "2026-11-28T09:00:00[+-]\d\d:\d\d", from: received, to: confirmed \}/);
  });

  it('refuses to edit a file that does not parse, naming where (exit 1, untouched)', async () => {
    const broken = fullOrder('received').replace('status: received', 'status: [received');
    const dir = ws({ 'SO-1': broken });
    const r = await run(dir, ['advance', 'orders/SO-1.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gendan: orders\/SO-1\.yaml:\d+:\d+: cannot edit a file that does not parse: .*\(`gendan check orders\/SO-1\.yaml`\)\n$/);
    expect(read(dir)).toBe(broken);
  });

  it('another gendan holding the file: waits, then refuses clearly (exit 2, untouched)', async () => {
    const dir = ws({ 'SO-1': fullOrder('received') });
    writeFileSync(join(dir, 'orders/.SO-1.yaml.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    const r = await run(dir, ['advance', 'SO-1', '--lang', 'zh'], { GENDAN_LOCK_WAIT: '0.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`gendan：orders/SO-1.yaml 正被另一个 gendan 进程（${process.pid}）编辑，请稍后再试。若没有 gendan 在运行，请删除 orders/.SO-1.yaml.lock\n`);
    expect(read(dir)).toBe(fullOrder('received'));
  });
});
