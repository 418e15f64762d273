// `gendan board` through the CLI, without a browser: one self-contained page whose every
// number equals the JSON reports', the on-time windows and first promises, escaping,
// languages, and writing with -o (atomically, over yesterday's page) or to stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExamples, gendan } from '../helpers/cli.js';
import { order, ws } from '../reports/fixture.js';
import { board, compare, dataOf, figure, reports } from './figures.js';

const T = '2026-12-04';

describe('the board of the examples', () => {
  it('shows the same numbers as report overdue, at-risk, stats, receivables and list', async () => {
    const cwd = copyExamples();
    const html = await board(cwd, T);
    const rep = await reports(cwd, T);
    compare(html, rep, (actual, wanted, what) => expect(actual, what).toEqual(wanted));
    // and the examples have something in each part
    expect(Number(figure(html, 'open')!.value)).toBe(14);
    expect(rep.overdue.rows.length).toBeGreaterThan(0);
    expect(rep.atRisk.rows.length).toBeGreaterThan(0);
    expect(rep.receivables.totals.map((x) => x.currency)).toEqual(['CNY', 'EUR', 'USD']);
  });

  it('is self-contained: no link, no source, no URL', async () => {
    const html = await board(copyExamples(), T);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\s(src|href|srcset|action)=/i);
    expect(html).not.toMatch(/url\(|@import|\/\/[a-z0-9]/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('writes to stdout without -o, the same page', async () => {
    const cwd = copyExamples();
    const html = await board(cwd, T);
    const r = await gendan(['board', '--today', T], { cwd });
    expect(r).toEqual({ code: 0, stdout: html, stderr: '' });
  });

  it('-o replaces yesterday’s page (cron), and a missing folder is one line, exit 2', async () => {
    const cwd = copyExamples();
    writeFileSync(join(cwd, 'board.html'), 'yesterday');
    const html = await board(cwd, T);
    expect(html).toContain('Order board — 2026-12-04');
    const bad = await gendan(['board', '--today', T, '-o', 'no/such/folder/board.html'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('no/such/folder/board.html');
  });

  it('takes no other format: one line, exit 2', async () => {
    const r = await gendan(['board', '--today', T, '--format', 'json'], { cwd: copyExamples() });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gendan: unknown format `json`; use one of: html\n' });
  });

  it('speaks Chinese', async () => {
    const html = await board(copyExamples(), T, ['--lang', 'zh']);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('订单看板 — 2026-12-04');
    expect(html).toContain('在办订单');
    expect(html).toContain('应收账款账龄');
    // No English label in the Chinese page (the examples' own data aside).
    for (const word of ['Open orders', 'Late for delivery', 'Pipeline', 'Timeline', 'Receivables', 'not due', 'ordered ', 'on hold']) expect(html).not.toContain(word);
  });
});

describe('on-time rates: last 30 and 90 days, all, against the date in force and the first promise', () => {
  const day = (n: number) => new Date(Date.parse(`${T}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const done = (id: string, delivered: number, promised: number, extra: Record<string, unknown> = {}) =>
    order(id, 'delivered', { ordered: day(-300), delivery: { promised: day(promised) }, shipments: [{ shipped: day(delivered - 2), carrier: '德邦物流', tracking: id, delivered: day(delivered) }], ...extra });
  const orders = [
    done('SO-A', -10, -12), // late
    done('SO-B', -20, -15, { changes: [{ date: day(-40), field: 'delivery.promised', from: day(-25), to: day(-15), reason: '客户同意' }] }), // on time; late against the first promise
    done('SO-C', -60, -60), // on time, 90 days only
    done('SO-D', -200, -210), // late, all only
  ];

  it('counts each window and each basis', async () => {
    const cwd = ws(orders);
    const html = await board(cwd, T);
    const f = (name: string) => figure(html, name)!;
    expect([f('on-time-30d').value, f('on-time-30d').original, f('on-time-30d').judged]).toEqual(['0.5', '0', '2']);
    expect([f('on-time-90d').value, f('on-time-90d').original, f('on-time-90d').judged]).toEqual(['0.6667', '0.3333', '3']);
    expect([f('on-time-all').value, f('on-time-all').original, f('on-time-all').judged]).toEqual(['0.5', '0.25', '4']);
    compare(html, await reports(cwd, T), (actual, wanted, what) => expect(actual, what).toEqual(wanted));
  });

  it('shows the last 12 months, empty ones too', async () => {
    const html = await board(ws(orders), T);
    const months = dataOf(html, 'data-month');
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(months.find((m) => m.month === '2026-11')).toMatchObject({ rate: '0.5', delivered: '2' });
    expect(months.find((m) => m.month === '2026-12')).toMatchObject({ rate: '', delivered: '0' });
  });
});

describe('the page is text the browser cannot mistake for markup', () => {
  it('escapes customer names, notes and ids', async () => {
    const evil = '<script>alert("x")</script> & "Co"';
    const cwd = ws([order('SO-1', 'preparing', { customer: { name: evil, contact: '<b>王</b>' }, delivery: { promised: '2026-12-01' }, payment: { balance: 'on_delivery' } })]);
    const html = await board(cwd, T);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>王</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;');
    compare(html, await reports(cwd, T), (actual, wanted, what) => expect(actual, what).toEqual(wanted));
  });

  it('an empty workspace still makes a page', async () => {
    const cwd = ws([], { 'orders/README.txt': 'orders go here' });
    const html = await board(cwd, T);
    expect(html).toContain('No open orders.');
    expect(html).toContain('Nothing is owed.');
    expect(readFileSync(join(cwd, 'board.html'), 'utf8')).toBe(html);
  });
});
