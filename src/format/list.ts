// `gendan list`: one row per order, as a table, markdown, JSON or CSV. The table helpers
// are the reports' (rows.ts), so CJK names align the same way everywhere.
import type { Lang } from '../model/config.js';
import type { Status } from '../model/order.js';
import { t } from '../i18n/i18n.js';
import { stateName, statusLabel } from '../workflow/states.js';
import { csv, markdownTable, textTable } from './rows.js';
import { money } from '../facts/money.js';
import { csvHead, type CsvOptions } from './csv.js';
import { visibleDeep } from '../util/visible.js';

export interface ListRow {
  order: string;
  file: string;
  status: Status;
  customer: string;
  ordered: string;
  due: string;
  currency: string;
  total: number;
  paid: number;
}

export interface ListOptions {
  lang: Lang;
  color: boolean;
  csv?: CsvOptions;
  width?: number;
}

export type ListFormatter = (rows: ListRow[], today: string, opts: ListOptions) => string;

const KEYS = ['order', 'status', 'customer', 'ordered', 'due', 'total', 'paid', 'file'] as const;
const SHOWN = KEYS.filter((k) => k !== 'file');
const RIGHT = [SHOWN.indexOf('total'), SHOWN.indexOf('paid')];
/** Left out first on a narrow terminal. */
const NARROW = [SHOWN.indexOf('ordered'), SHOWN.indexOf('paid'), SHOWN.indexOf('total')];

const heads = (lang: Lang) => SHOWN.map((k) => t(lang, `list/col/${k}`));

function shown(r: ListRow, lang: Lang): string[] {
  return SHOWN.map((k) => {
    if (k === 'status') return statusLabel(r.status, (s) => t(lang, stateName(s)), lang);
    if (k === 'total' || k === 'paid') return `${money(r[k])}`;
    return r[k];
  });
}

const empty = (lang: Lang) => `${t(lang, 'list/empty')}\n`;

export const listFormatters: Record<string, ListFormatter> = {
  table: (rows, _today, { lang, color, width }) => (rows.length === 0 ? empty(lang) : textTable(heads(lang), visibleDeep(rows).map((r) => shown(r, lang)), color, RIGHT, width, NARROW) + `${t(lang, 'list/count', { count: rows.length })}\n`),
  markdown: (rows, _today, { lang }) => (rows.length === 0 ? empty(lang) : markdownTable(heads(lang), visibleDeep(rows).map((r) => shown(r, lang)), RIGHT)),
  json: (rows, today) => `${JSON.stringify({ today, orders: rows }, null, 2)}\n`,
  csv: (rows, _today, { lang, csv: opts }) => csv(csvHead([...KEYS, 'currency'], lang, opts, { due: 'list/col/due' }), rows.map((r) => [...KEYS.map((k) => r[k]), r.currency]), opts),
};
