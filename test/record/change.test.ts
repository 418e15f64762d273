// `gendan change`: the new value and a `changes` entry, so that reports keep the first promise.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged, write } from './helpers.js';

describe('change', () => {
  it('moves the promised date and records from, to, reason and channel', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0112');
    const r = await run(dir, ['change', 'SO-2026-0112', '--promised', '2027-01-06', '--reason', 'customer request', '--channel', 'email']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0112: order change recorded: delivery.promised 2026-12-30 → 2027-01-06 (reason: customer request)');
    expect(diff(before, read(dir, 'SO-2026-0112'))).toEqual([
      "-  promised: 2026-12-30     # before the customer's year-end shutdown",
      "+  promised: 2027-01-06     # before the customer's year-end shutdown",
      expect.stringMatching(/^\+changes:$/),
      '+  - { date: 2026-12-01, field: delivery.promised, from: 2026-12-30, to: 2027-01-06, reason: customer request, channel: email }',
    ]);
    expect((await run(dir, ['check', 'orders/SO-2026-0112.yaml'])).code).toBe(0);
  });

  it('changes a quantity in the line\'s unit, never below what has shipped', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0109');
    const r = await run(dir, ['change', 'SO-2026-0109', '--quantity', 'XK-200=450', '--reason', '客户减量', '--lang', 'zh']);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0109：已登记订单变更：XK-200 数量 500 → 450（原因：客户减量）');
    expect(diff(before, read(dir, 'SO-2026-0109'))).toEqual(['-    quantity: 500', '+    quantity: 450', '+changes:', '+  - { date: 2026-12-01, field: lines.0.quantity, from: 500, to: 450, reason: 客户减量 }']);
    const below = await unchanged(dir, 'SO-2026-0104', ['change', 'SO-2026-0104', '--quantity', 'XK-200=200', '--reason', 'x']);
    expect(below).toMatchObject({ code: 1, stderr: 'gendan: refused: 200 pcs of XK-200 is less than already shipped (300 pcs)\n' });
  });

  it('the same value changes nothing; a request without what or why is not understood', async () => {
    const dir = examples();
    const same = await unchanged(dir, 'SO-2026-0112', ['change', 'SO-2026-0112', '--promised', '2026-12-30', '--reason', 'x']);
    expect(same.stdout.split('\n')[0]).toBe('SO-2026-0112: the order already holds these values; nothing changed');
    expect(await unchanged(dir, 'SO-2026-0112', ['change', 'SO-2026-0112', '--reason', 'x'])).toMatchObject({
      code: 2,
      stderr: 'gendan: name what changes: --promised DATE, --requested DATE or --quantity MODEL=QTY\n',
    });
    expect(await unchanged(dir, 'SO-2026-0112', ['change', 'SO-2026-0112', '--promised', '2027-01-06', '--lang', 'zh'])).toMatchObject({ code: 2, stderr: 'gendan：需要 --reason\n' });
    expect(await unchanged(dir, 'SO-2026-0112', ['change', 'SO-2026-0112', '--promised', '2027-13-01', '--reason', 'x'])).toMatchObject({ code: 2 });
    expect(await unchanged(dir, 'SO-2026-0112', ['change', 'SO-2026-0112', '--quantity', 'GICL=4', '--reason', 'x'])).toMatchObject({ code: 2 });
  });

  it('show says where the promise moved from, and lists the change in the timeline', async () => {
    const dir = examples();
    await run(dir, ['change', 'SO-2026-0106', '--promised', '2026-12-05', '--reason', 'customer request', '--date', '2026-11-28']);
    const show = (await run(dir, ['show', 'SO-2026-0106'])).stdout;
    expect(show).toContain('2026-12-05 (promised) · truck · moved from 2026-11-30 (customer request)\n');
    expect(show).toMatch(/\n {2}2026-11-28 +change delivery\.promised: 2026-11-30 → 2026-12-05 {2}reason: customer request\n/);
    const zh = (await run(dir, ['show', 'SO-2026-0106', '--lang', 'zh'])).stdout;
    expect(zh).toContain('由 2026-11-30 改期（customer request）');
    const overdue = await run(dir, ['report', 'overdue', '--format', 'json', '--today', '2026-12-08']);
    const row = JSON.parse(overdue.stdout).rows.find((x: { order: string; kind: string }) => x.order === 'SO-2026-0106' && x.kind === 'delivery');
    expect(row).toMatchObject({ due: '2026-12-05', what: 'promised delivery 2026-12-05 (moved from 2026-11-30: customer request) passed; goods on the way, not signed for' });
  });

  it('report stats: on time against the date in force and against the first promise; moved dates counted', async () => {
    const dir = examples();
    const stats = async () => JSON.parse((await run(dir, ['report', 'stats', '--format', 'json'])).stdout);
    const before = await stats();
    expect(before).toMatchObject({ date_changes: 0 });
    expect(before.on_time_rate_original).toBe(before.on_time_rate);
    // Promised 2026-11-30, moved to 2026-12-05 at the customer's request, delivered 2026-12-02.
    await run(dir, ['change', 'SO-2026-0106', '--promised', '2026-12-05', '--reason', 'customer request', '--date', '2026-11-28']);
    await run(dir, ['deliver', 'SO-2026-0106', '--date', '2026-12-02']);
    const after = await stats();
    expect(after.delivered).toBe(before.delivered + 1);
    expect(after.on_time).toBe(before.on_time + 1);
    expect(after.date_changes).toBe(1);
    expect(after.on_time_rate_original).toBeLessThan(after.on_time_rate);
    expect(after.by_customer.find((g: { customer: string }) => g.customer === '郑州宇华起重机械有限公司')).toEqual({
      customer: '郑州宇华起重机械有限公司',
      delivered: 1,
      on_time: 1,
      late: 0,
      on_time_rate: 1,
      average_days_late: null,
      on_time_rate_original: 0,
      date_changes: 1,
    });
    expect(after.by_month.find((g: { month: string }) => g.month === '2026-12')).toMatchObject({ delivered: 1, on_time_rate: 1, on_time_rate_original: 0, date_changes: 1 });
    const table = (await run(dir, ['report', 'stats'])).stdout;
    expect(table).toContain('Against the first promise: ');
    expect(table).toContain("dates edited by hand without a `changes` entry cannot be counted");
  });

  it('check (date-sequence) flags a change whose from is not the value the change before it set', async () => {
    const dir = examples();
    await run(dir, ['change', 'SO-2026-0112', '--promised', '2027-01-06', '--reason', 'a']);
    await run(dir, ['change', 'SO-2026-0112', '--promised', '2027-01-08', '--reason', 'b']);
    expect((await run(dir, ['check', 'orders/SO-2026-0112.yaml'])).code).toBe(0);
    const text = read(dir, 'SO-2026-0112');
    write(dir, 'SO-2026-0112', text.replace('from: 2027-01-06, to: 2027-01-08', 'from: 2027-01-07, to: 2027-01-08'));
    const r = await run(dir, ['check', 'orders/SO-2026-0112.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems;
    const line = read(dir, 'SO-2026-0112').split('\n').findIndex((l) => l.includes('from: 2027-01-07')) + 1;
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'date-sequence',
        line,
        message: 'changes[1] says `delivery.promised` was 2027-01-07, but changes[0] had changed it to 2027-01-06: a change starts from the value before it; correct `from`',
      }),
    ]);
  });
});
