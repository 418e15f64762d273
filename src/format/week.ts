// Formatters for `gendan report week`: markdown (the default, for mail), table, json, csv.
import { Chalk } from 'chalk';
import { money } from '../facts/money.js';
import { t } from '../i18n/i18n.js';
import type { Lang } from '../model/config.js';
import type { Amount, Week, WeekRow } from '../reports/week.js';
import { csv, markdownTable, textTable } from './rows.js';
import { visibleDeep } from '../util/visible.js';

export interface WeekReport {
  today: string;
  week: Week;
}

export type WeekFormatter = (report: WeekReport, opts: { lang: Lang; color: boolean }) => string;

/** "38,550.00 CNY" per currency, one per line; "—" for none. */
export function amountsText(list: Amount[]): string {
  return list.length === 0 ? '—' : list.map((a) => `${money(a.amount)} ${a.currency}`).join('\n');
}

export const salesName = (sales: string, lang: Lang) => (sales === '' ? t(lang, 'week/no-sales') : sales);

const COLS = ['sales', 'new_orders', 'new_amount', 'confirmed', 'shipped', 'delivered', 'collected', 'late_now', 'date_changes'] as const;
const RIGHT = [1, 2, 3, 4, 5, 6, 7, 8];

function cells(r: WeekRow, name: string): (string | number)[] {
  return [name, r.new_orders, amountsText(r.new_amount), r.confirmed, r.shipped, r.delivered, amountsText(r.collected), r.late_now, r.date_changes];
}

interface Section {
  title: string;
  head: string[];
  body: (string | number)[][];
  right: number[];
}

function sections(w: Week, lang: Lang, bold: (s: string) => string): Section[] {
  const main = [...w.rows.map((r) => cells(r, salesName(r.sales, lang))), cells(w.total, bold(t(lang, 'week/total')))];
  const out: Section[] = [{ title: '', head: COLS.map((k) => t(lang, `week/col/${k}`)), body: main, right: RIGHT }];
  if (w.changes.length > 0) {
    out.push({
      title: t(lang, 'week/changes', { n: w.changes.length }),
      head: ['date', 'order', 'customer', 'sales', 'from', 'to', 'reason'].map((k) => t(lang, `week/col/${k}`)),
      body: w.changes.map((c) => [c.date, c.order, c.customer, salesName(c.sales, lang), c.from ?? '—', c.to ?? '—', c.reason ?? '']),
      right: [],
    });
  }
  if (w.late.length > 0) {
    out.push({
      title: t(lang, 'week/late', { n: w.late.length }),
      head: ['order', 'customer', 'sales', 'due', 'days_late'].map((k) => t(lang, `week/col/${k}`)),
      body: w.late.map((l) => [l.order, l.customer, salesName(l.sales, lang), l.due, l.days_late]),
      right: [4],
    });
  }
  return out;
}

const title = (w: Week, lang: Lang) => t(lang, 'week/title', { from: w.from, to: w.to });

export const markdown: WeekFormatter = ({ week: data }, { lang }) => {
  const week = visibleDeep(data);
  const out = [`## ${title(week, lang)}`, ''];
  if (week.rows.length === 0) return `${out.join('\n')}\n${t(lang, 'week/empty')}\n`;
  for (const s of sections(week, lang, (x) => `**${x}**`)) {
    if (s.title) out.push(`### ${s.title}`, '');
    out.push(markdownTable(s.head, s.body, s.right));
  }
  return out.join('\n');
};

export const table: WeekFormatter = ({ week: data }, { lang, color }) => {
  const week = visibleDeep(data);
  const c = new Chalk({ level: color ? 1 : 0 });
  const out = [c.bold(title(week, lang))];
  if (week.rows.length === 0) return `${out[0]}\n${t(lang, 'week/empty')}\n`;
  for (const s of sections(week, lang, (x) => c.bold(x))) {
    if (s.title) out.push(c.bold(s.title));
    out.push(textTable(s.head, s.body, color, s.right));
  }
  return out.join('\n');
};

/** { from, to, today, rows, total, changes, late }; amounts as [{ currency, amount }]. */
export const json: WeekFormatter = ({ today, week }) => `${JSON.stringify({ from: week.from, to: week.to, today, rows: week.rows, total: week.total, changes: week.changes, late: week.late }, null, 2)}\n`;

/** One row per salesperson; amounts in one column per currency (new_amount_CNY, collected_USD, …). */
export const csvWeek: WeekFormatter = ({ week }) => {
  const currencies = [...new Set(week.rows.flatMap((r) => [...r.new_amount, ...r.collected].map((a) => a.currency)))].sort();
  const pick = (list: Amount[], c: string) => (list.find((a) => a.currency === c)?.amount ?? 0).toFixed(2);
  const head = ['sales', 'new_orders', ...currencies.map((c) => `new_amount_${c}`), 'confirmed', 'shipped', 'delivered', ...currencies.map((c) => `collected_${c}`), 'late_now', 'date_changes'];
  return csv(
    head,
    week.rows.map((r) => [r.sales, r.new_orders, ...currencies.map((c) => pick(r.new_amount, c)), r.confirmed, r.shipped, r.delivered, ...currencies.map((c) => pick(r.collected, c)), r.late_now, r.date_changes]),
  );
};

export const weekFormatters: Record<string, WeekFormatter> = { markdown, table, json, csv: csvWeek };
