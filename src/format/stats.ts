// Formatters for `gendan report stats`.
import { Chalk } from 'chalk';
import type { Lang } from '../model/config.js';
import { t } from '../i18n/i18n.js';
import type { DeliveryGroup, Stats } from '../reports/stats.js';
import { stateName } from '../workflow/states.js';
import { csv, markdownTable, textTable } from './rows.js';
import { csvHead, type CsvOptions } from './csv.js';
import { hanging } from '../util/wrap.js';
import { visibleDeep } from '../util/visible.js';

export interface StatsReport {
  today: string;
  stats: Stats;
}

export type StatsFormatter = (report: StatsReport, opts: { lang: Lang; color: boolean; csv?: CsvOptions; width?: number }) => string;

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const num = (n: number | null) => (n === null ? '—' : n.toFixed(1));
const GROUP_COLS = ['delivered', 'on_time', 'late', 'on_time_rate', 'average_days_late', 'on_time_rate_original', 'date_changes'];
const groupCells = (g: DeliveryGroup) => [g.key, g.delivered, g.on_time, g.late, pct(g.on_time_rate), num(g.average_days_late), pct(g.on_time_rate_original), g.date_changes];

interface Section {
  title: string;
  head: string[];
  body: (string | number)[][];
}

function sections(s: Stats, lang: Lang): Section[] {
  const col = (k: string) => t(lang, `reports/col/${k}`);
  return [
    { title: t(lang, 'reports/stats/by-month'), head: [col('month'), ...GROUP_COLS.map(col)], body: s.by_month.map(groupCells) },
    { title: t(lang, 'reports/stats/by-customer'), head: [col('customer'), ...GROUP_COLS.map(col)], body: s.by_customer.map(groupCells) },
    { title: t(lang, 'reports/stats/by-state'), head: [col('state'), col('stays'), col('average_days')], body: s.days_in_state.map((x) => [t(lang, stateName(x.state)), x.stays, x.average_days.toFixed(1)]) },
  ].filter((x) => x.body.length > 0);
}

function rateLine(s: Stats, lang: Lang): string {
  const o = s.overall;
  if (o.on_time_rate === null) return t(lang, 'reports/stats/no-deliveries', { orders: s.orders });
  const rate = t(lang, 'reports/stats/rate', { rate: pct(o.on_time_rate), on_time: o.on_time, judged: o.on_time + o.late, orders: s.orders });
  if (o.date_changes === 0) return rate;
  return `${rate}\n${t(lang, 'reports/stats/rate-original', { rate: pct(o.on_time_rate_original), changes: o.date_changes })}`;
}

const RIGHT = [1, 2, 3, 4, 5, 6, 7];

export const table: StatsFormatter = ({ today, stats: data }, { lang, color, width }) => {
  const stats = visibleDeep(data);
  const c = new Chalk({ level: color ? 1 : 0 });
  const out = [c.bold(t(lang, 'reports/title/stats', { today })), hanging('', rateLine(stats, lang), width), ''];
  for (const sec of sections(stats, lang)) out.push(c.bold(sec.title), textTable(sec.head, sec.body, color, RIGHT, width, [5, 3, 4, 2, 1]));
  return out.join('\n');
};

export const markdown: StatsFormatter = ({ today, stats: data }, { lang }) => {
  const stats = visibleDeep(data);
  const out = [`## ${t(lang, 'reports/title/stats', { today })}`, '', rateLine(stats, lang), ''];
  for (const sec of sections(stats, lang)) out.push(`### ${sec.title}`, '', markdownTable(sec.head, sec.body, RIGHT));
  return out.join('\n');
};

const groupJson = (name: string) => (g: DeliveryGroup) => ({ [name]: g.key, delivered: g.delivered, on_time: g.on_time, late: g.late, on_time_rate: g.on_time_rate, average_days_late: g.average_days_late, on_time_rate_original: g.on_time_rate_original, date_changes: g.date_changes });

/** { today, orders, delivered, on_time, late, on_time_rate, average_days_late, on_time_rate_original, date_changes, by_month, by_customer, days_in_state } */
export const json: StatsFormatter = ({ today, stats: s }) => {
  const { key: _all, ...overall } = s.overall;
  void _all;
  const out = { today, orders: s.orders, ...overall, by_month: s.by_month.map(groupJson('month')), by_customer: s.by_customer.map(groupJson('customer')), days_in_state: s.days_in_state };
  return `${JSON.stringify(out, null, 2)}\n`;
};

const CSV_COLUMNS = ['section', 'key', 'delivered', 'on_time', 'late', 'on_time_rate', 'average_days_late', 'stays', 'average_days', 'on_time_rate_original', 'date_changes'];

/** One table: section is overall, month, customer or state; empty cells where a column does not apply. */
export const csvStats: StatsFormatter = ({ stats: s }, { lang, csv: opts }) => {
  const g = (section: string) => (x: DeliveryGroup) => [section, x.key, x.delivered, x.on_time, x.late, x.on_time_rate, x.average_days_late, null, null, x.on_time_rate_original, x.date_changes];
  return csv(csvHead(CSV_COLUMNS, lang, opts), [
    g('overall')(s.overall),
    ...s.by_month.map(g('month')),
    ...s.by_customer.map(g('customer')),
    ...s.days_in_state.map((x) => ['state', x.state, null, null, null, null, null, x.stays, x.average_days, null, null]),
  ], opts);
};

export const statsFormatters: Record<string, StatsFormatter> = { table, markdown, json, csv: csvStats };
