// `gendan confirm` and `gendan handoff`.
import { describe, expect, it } from 'vitest';
import { diff, examples, read, run, unchanged, write } from './helpers.js';

const NEW = ['new', '--id', 'SO-2026-0200', '--customer', '宁波恒达', '--model', 'XK-200', '--quantity', '100', '--requested', '2026-12-31', '--method', 'truck'];

describe('confirm', () => {
  it('records date, channel and the three terms, and the promised date when none is set', async () => {
    const dir = examples();
    await run(dir, NEW);
    const before = read(dir, 'SO-2026-0200');
    const r = await run(dir, ['confirm', 'SO-2026-0200', '--channel', 'phone', '--promised', '2026-12-31']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0200: terms confirmed with the customer on 2026-12-01 (phone); promised delivery 2026-12-31');
    expect(r.stdout.split('\n')[1]).toMatch(/^next: ✗ customer contact person: `customer.contact` is not filled in$/);
    expect(diff(before, read(dir, 'SO-2026-0200'))).toEqual([
      '+  promised: 2026-12-31',
      '+confirmation:',
      '+  date: 2026-12-01',
      '+  channel: phone',
      '+  terms: [delivery, payment, quality]',
    ]);
  });

  it('adds missing terms to an existing confirmation of the same day, keeping its comments', async () => {
    const dir = examples();
    const before = read(dir, 'SO-2026-0113');
    const r = await run(dir, ['confirm', 'SO-2026-0113', '--channel', 'phone', '--terms', 'delivery,payment,quality,other', '--date', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(diff(before, read(dir, 'SO-2026-0113'))).toEqual(['-  terms: [delivery, payment, quality]', '+  terms: [delivery, payment, quality, other]']);
    expect(r.stdout).toBe('SO-2026-0113: terms confirmed with the customer on 2026-11-27 (phone)\nnext: ✗ special requests reviewed: not ticked yet: once done, run `gendan tick SO-2026-0113 special_requests_reviewed`\n');
    const again = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--channel', 'phone', '--date', '2026-11-27']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('SO-2026-0113: already confirmed on 2026-11-27 (phone); nothing changed');
  });

  it('refuses a different promise (pointing to change) and a second confirmation date, file unchanged', async () => {
    const dir = examples();
    const promised = await unchanged(dir, 'SO-2026-0112', ['confirm', 'SO-2026-0112', '--channel', 'email', '--promised', '2027-01-08', '--date', '2026-11-24']);
    expect(promised.code).toBe(1);
    expect(promised.stderr).toBe(
      'gendan: refused: the order already promises delivery on 2026-12-30; to move it to 2027-01-08, record an order change: `gendan change SO-2026-0112 --promised 2027-01-08 --reason "…"`\n',
    );
    const zh = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--channel', 'phone', '--lang', 'zh']);
    expect(zh).toMatchObject({ code: 1, stderr: 'gendan：已拒绝：合同条款已于 2026-11-27 确认；如需更正该日期，请手工修改文件\n' });
  });

  it('cannot understand a bad channel, term or date (exit 2, zh and en)', async () => {
    const dir = examples();
    const en = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--channel', 'wechta']);
    expect(en).toMatchObject({ code: 2, stderr: 'gendan: --channel `wechta` is not one of: phone, email, wechat, meeting, fax, other; did you mean `wechat`?\n' });
    const zh = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--channel', 'phone', '--terms', 'delivery,pay', '--lang', 'zh']);
    expect(zh).toMatchObject({ code: 2, stderr: 'gendan：--terms 的值 `pay` 无效，可选：交期、付款、质量、其他\n' });
    const date = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--channel', 'phone', '--date', '2026-02-30']);
    expect(date).toMatchObject({ code: 2, stderr: 'gendan: --date `2026-02-30` is not a date: write YYYY-MM-DD, e.g. 2026-12-05\n' });
    const missing = await unchanged(dir, 'SO-2026-0113', ['confirm', 'SO-2026-0113', '--lang', 'zh']);
    expect(missing).toMatchObject({ code: 2, stderr: 'gendan：需要 --channel，可选：电话、邮件、微信、会面、传真、其他\n' });
  });
});

describe('handoff', () => {
  it('records production.handoff and names the next item', async () => {
    const dir = examples();
    await run(dir, NEW);
    await run(dir, ['confirm', 'SO-2026-0200', '--channel', 'phone']);
    const before = read(dir, 'SO-2026-0200');
    const r = await run(dir, ['handoff', 'SO-2026-0200', '--date', '2026-12-02']);
    expect(r.code).toBe(0);
    expect(diff(before, read(dir, 'SO-2026-0200'))).toEqual(['+production:', '+  handoff: 2026-12-02']);
    expect(r.stdout.split('\n')[0]).toBe('SO-2026-0200: handed to production on 2026-12-02');
    // A confirmed order: the next item, and the command that records it.
    const next = await run(dir, ['handoff', 'SO-2026-0112']);
    expect(next.stdout).toBe(
      'SO-2026-0112: handed to production on 2026-12-01\n' +
        'next: ✗ production milestones with due dates (made-to-order lines): no milestones under `production.milestones`\n' +
        '  record it: `gendan plan SO-2026-0112 MILESTONE --due DATE`\n',
    );
    const zh = await run(dir, ['handoff', 'SO-2026-0112', '--lang', 'zh']);
    expect(zh.stdout.split('\n')[2]).toBe('  登记：`gendan plan SO-2026-0112 节点名称 --due 日期`');
  });

  it('keeps CRLF line endings', async () => {
    const dir = examples();
    const text = read(dir, 'SO-2026-0111').replace('  handoff: 2026-11-27\n', '').replace(/\n/g, '\r\n');
    write(dir, 'SO-2026-0111', text);
    const r = await run(dir, ['handoff', 'SO-2026-0111', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(read(dir, 'SO-2026-0111')).toBe(text.replace('production:\r\n', 'production:\r\n  handoff: 2026-11-28\r\n'));
  });

  it('refuses a different date and an earlier one than the confirmation; same date changes nothing', async () => {
    const dir = examples();
    const other = await unchanged(dir, 'SO-2026-0111', ['handoff', 'SO-2026-0111']);
    expect(other).toMatchObject({ code: 1, stderr: 'gendan: refused: `production.handoff` already holds 2026-11-27, not 2026-12-01; if 2026-11-27 is wrong, correct the file by hand\n' });
    const same = await unchanged(dir, 'SO-2026-0111', ['handoff', 'SO-2026-0111', '--date', '2026-11-27', '--lang', 'zh']);
    expect(same.code).toBe(0);
    expect(same.stdout.split('\n')[0]).toBe('SO-2026-0111：已于 2026-11-27 下达生产，未做改动');
    const dir2 = examples();
    await run(dir2, NEW);
    await run(dir2, ['confirm', 'SO-2026-0200', '--channel', 'phone', '--date', '2026-12-01']);
    const early = await unchanged(dir2, 'SO-2026-0200', ['handoff', 'SO-2026-0200', '--date', '2026-11-30', '--lang', 'zh']);
    expect(early).toMatchObject({ code: 1, stderr: 'gendan：已拒绝：2026-11-30 早于 `confirmation.date`（2026-12-01），不能记录在它之前\n' });
  });
});
