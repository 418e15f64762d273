// Reading the board's numbers back from its data-* attributes, and the JSON reports they
// must equal. Shared by the page tests and the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gendan } from '../helpers/cli.js';

/** Every element's data-* attributes, for the elements that have `marker`. */
export function dataOf(html: string, marker: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const tag = new RegExp(`<[a-z]+[^>]*\\s${marker}(?:=|\\s|>)[^>]*>`, 'g');
  for (const m of html.match(tag) ?? []) {
    const attrs: Record<string, string> = {};
    for (const a of m.matchAll(/\sdata-([a-z-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = unescape(a[2] ?? '');
    out.push(attrs);
  }
  return out;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export const figure = (html: string, name: string) => dataOf(html, 'data-figure').find((f) => f.figure === name);

export interface Reports {
  overdue: { rows: { order: string; file: string; kind: string; days_late: number }[] };
  atRisk: { rows: { order: string; file: string; kind: string; days_late: number }[] };
  stats: { on_time_rate: number | null; by_month: { month: string; on_time_rate: number | null; delivered: number }[]; by_customer: { customer: string; on_time_rate: number | null; delivered: number }[] };
  receivables: { rows: { customer: string; currency: string; outstanding: number }[]; totals: { currency: string; outstanding: number; not_due: number }[] };
  list: { orders: { order: string; status: string }[] };
}

/** The JSON reports over the same workspace and day. */
export async function reports(cwd: string, today: string): Promise<Reports> {
  const run = async (...args: string[]) => {
    const r = await gendan([...args, '--today', today, '--format', 'json'], { cwd });
    if (r.code !== 0) throw new Error(`gendan ${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  return { overdue: await run('report', 'overdue'), atRisk: await run('report', 'at-risk'), stats: await run('report', 'stats'), receivables: await run('report', 'receivables'), list: await run('list') };
}

/** Write the board of the workspace and read it back. */
export async function board(cwd: string, today: string, args: string[] = []): Promise<string> {
  const r = await gendan(['board', '--today', today, '-o', 'board.html', ...args], { cwd });
  if (r.code !== 0) throw new Error(`gendan board: exit ${r.code}: ${r.stderr}`);
  return readFileSync(join(cwd, 'board.html'), 'utf8');
}

const OPEN = (s: string) => s !== 'closed' && s !== 'cancelled';

/** What the board's figures must be, from the JSON reports. */
export function expected(rep: Reports) {
  const open = rep.list.orders.filter((o) => OPEN(o.status));
  return {
    open: open.length,
    openIds: open.map((o) => o.order).sort(),
    late: new Set(rep.overdue.rows.filter((r) => r.kind === 'delivery').map((r) => r.file)).size,
    overdueItems: rep.overdue.rows.length,
    atRisk: new Set(rep.atRisk.rows.map((r) => r.file)).size,
    onTimeAll: rep.stats.on_time_rate,
  };
}

/** Assert with `check(actual, expected, what)` that every number on the board equals the reports'. */
export function compare(html: string, rep: Reports, check: (actual: unknown, wanted: unknown, what: string) => void): void {
  const want = expected(rep);
  check(Number(figure(html, 'open')?.value), want.open, 'open orders');
  check(Number(figure(html, 'late')?.value), want.late, 'late orders');
  check(Number(figure(html, 'late')?.items), want.overdueItems, 'overdue items');
  check(Number(figure(html, 'at-risk')?.value), want.atRisk, 'at-risk orders');
  const all = figure(html, 'on-time-all')?.value;
  check(all === '' ? null : Number(all), want.onTimeAll, 'on-time rate');
  for (const t of rep.receivables.totals) check(Number(figure(html, `receivables-${t.currency}`)?.value), t.outstanding, `receivables ${t.currency}`);
  check(dataOf(html, 'data-figure').filter((f) => f.figure!.startsWith('receivables-')).length, rep.receivables.totals.length, 'receivables currencies');
  // The tables: the same rows in the same order.
  const rows = (section: string) => dataOf(html.slice(html.indexOf(`<section id="${section}"`), html.indexOf('</section>', html.indexOf(`<section id="${section}"`))), 'data-order');
  check(rows('overdue').map((r) => `${r.order}/${r.kind}/${r.days}`), rep.overdue.rows.map((r) => `${r.order}/${r.kind}/${r.days_late}`), 'overdue rows');
  check(rows('at-risk').map((r) => `${r.order}/${r.kind}/${r.days}`), rep.atRisk.rows.map((r) => `${r.order}/${r.kind}/${r.days_late}`), 'at-risk rows');
  check(
    dataOf(html, 'data-outstanding').filter((r) => r.customer !== undefined).map((r) => `${r.customer}/${r.currency}/${r.outstanding}`),
    rep.receivables.rows.map((r) => `${r.customer}/${r.currency}/${r.outstanding}`),
    'receivables rows',
  );
  // On-time: every month the stats report has within the last 12, and every customer.
  const months = new Map(dataOf(html, 'data-month').map((m) => [m.month, m]));
  for (const m of rep.stats.by_month) {
    const shown = months.get(m.month);
    if (shown) check([shown.rate === '' ? null : Number(shown.rate), Number(shown.delivered)], [m.on_time_rate, m.delivered], `month ${m.month}`);
  }
  check(
    dataOf(html, 'data-customer').filter((r) => r.rate !== undefined).map((r) => `${r.customer}/${r.rate}/${r.delivered}`),
    rep.stats.by_customer.map((c) => `${c.customer}/${c.on_time_rate ?? ''}/${c.delivered}`),
    'on-time by customer',
  );
  // The timeline: one bar per open order.
  check(dataOf(html, 'data-bar').map((b) => b.order).sort(), want.openIds, 'timeline bars');
}
