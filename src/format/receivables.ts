// Formatters for `gendan report receivables`: table, markdown, json, csv.
import { Chalk } from 'chalk';
import { money } from '../facts/money.js';
import { t } from '../i18n/i18n.js';
import type { Lang } from '../model/config.js';
import { BUCKETS, type Receivables, type ReceivablesRow, type ReceivablesTotal } from '../reports/receivables.js';
import { csv, markdownTable, textTable } from './rows.js';
import { visibleDeep } from '../util/visible.js';

export interface ReceivablesReport {
  today: string;
  receivables: Receivables;
}

export type ReceivablesFormatter = (report: ReceivablesReport, opts: { lang: Lang; color: boolean }) => string;

/** "SO-2026-0104, 35 days past due" / "not yet due" / "due 2026-12-20". */
export function oldestText(o: ReceivablesRow['oldest'], lang: Lang): string {
  if (o.due === null || o.days_past_due === null) return t(lang, 'receivables/oldest-undated', { order: o.order });
  if (o.days_past_due > 0) return t(lang, 'receivables/oldest-late', { order: o.order, days: o.days_past_due });
  return t(lang, 'receivables/oldest-due', { order: o.order, due: o.due });
}

export function contactText(r: ReceivablesRow): string {
  return [r.contact, r.phone].filter((x) => x !== null).join(' ');
}

/** Text tables: the contact under the customer, no order count, empty cells for nothing owed; the widest report must stay readable. */
const HEAD = ['customer', 'currency', 'outstanding', ...BUCKETS, 'oldest'];
const RIGHT = [2, 3, 4, 5, 6, 7];
const cell = (n: number) => (n === 0 ? '' : money(n));

function body(rec: Receivables, lang: Lang, bold: (s: string) => string, nl: string): (string | number)[][] {
  const rows = rec.rows.map((r) => [[r.customer, contactText(r)].filter((x) => x !== '').join(nl), r.currency, money(r.outstanding), ...BUCKETS.map((b) => cell(r.buckets[b])), oldestText(r.oldest, lang)]);
  const totals = rec.totals.map((x: ReceivablesTotal) => [bold(t(lang, 'receivables/total')), x.currency, bold(money(x.outstanding)), ...BUCKETS.map((b) => cell(x.buckets[b])), '']);
  return [...rows, ...totals];
}

const heads = (lang: Lang) => HEAD.map((k) => t(lang, `receivables/col/${k}`));

export const table: ReceivablesFormatter = ({ today, receivables: data }, { lang, color }) => {
  const receivables = visibleDeep(data);
  const c = new Chalk({ level: color ? 1 : 0 });
  const title = c.bold(t(lang, 'receivables/title', { today }));
  if (receivables.rows.length === 0) return `${title}\n${t(lang, 'receivables/empty')}\n`;
  return `${title}\n${textTable(heads(lang), body(receivables, lang, (s) => c.bold(s), '\n'), color, RIGHT)}`;
};

export const markdown: ReceivablesFormatter = ({ today, receivables: data }, { lang }) => {
  const receivables = visibleDeep(data);
  const title = `## ${t(lang, 'receivables/title', { today })}\n\n`;
  if (receivables.rows.length === 0) return `${title}${t(lang, 'receivables/empty')}\n`;
  return title + markdownTable(heads(lang), body(receivables, lang, (s) => `**${s}**`, '<br>'), RIGHT);
};

const flat = (b: ReceivablesRow['buckets']) => Object.fromEntries(BUCKETS.map((k) => [k, b[k]]));

/** { today, rows: [{ customer, currency, contact, phone, orders, outstanding, not_due, d1_30, d31_60, d61_90, d90_plus, oldest }], totals } */
export const json: ReceivablesFormatter = ({ today, receivables }) => {
  const rows = receivables.rows.map((r) => ({ customer: r.customer, currency: r.currency, contact: r.contact, phone: r.phone, orders: r.orders, outstanding: r.outstanding, ...flat(r.buckets), oldest: r.oldest }));
  const totals = receivables.totals.map((x) => ({ currency: x.currency, orders: x.orders, outstanding: x.outstanding, ...flat(x.buckets) }));
  return `${JSON.stringify({ today, rows, totals }, null, 2)}\n`;
};

const CSV_COLUMNS = ['customer', 'currency', 'contact', 'phone', 'orders', 'outstanding', ...BUCKETS, 'oldest_order', 'oldest_due', 'oldest_days_past_due'];

/** The rows only (totals are their sums per currency); amounts with two decimals, no separators. */
export const csvReceivables: ReceivablesFormatter = ({ receivables }) =>
  csv(
    CSV_COLUMNS,
    receivables.rows.map((r) => [r.customer, r.currency, r.contact, r.phone, r.orders, r.outstanding.toFixed(2), ...BUCKETS.map((b) => r.buckets[b].toFixed(2)), r.oldest.order, r.oldest.due, r.oldest.days_past_due]),
  );

export const receivablesFormatters: Record<string, ReceivablesFormatter> = { table, markdown, json, csv: csvReceivables };
