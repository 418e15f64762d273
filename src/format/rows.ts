// Formatters for report rows (overdue, at-risk): table, markdown, json, csv. Rows carry
// messages; text is made here, in the session's language. The table and markdown helpers
// are shared with the `today` and `stats` formatters.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Lang } from '../model/config.js';
import { t } from '../i18n/i18n.js';
import { plainAmounts } from '../reports/people.js';
import type { ReportRow } from '../reports/row.js';
import { csvHead, csvText, type CsvOptions } from './csv.js';
import { displayWidth } from '../util/width.js';
import { boxable, boxText } from './box.js';
import { fitColumns, wrapText } from '../util/wrap.js';
import { visibleDeep } from '../util/visible.js';

export interface RowsReport {
  /** 'overdue' or 'at-risk': picks the title and the empty message. */
  name: string;
  today: string;
  rows: ReportRow[];
}

export interface RowFormatOptions {
  lang: Lang;
  color: boolean;
  csv?: CsvOptions;
  /** Terminal width to fit the table to; undefined: as wide as it needs. */
  width?: number;
}

export type RowsFormatter = (report: RowsReport, opts: RowFormatOptions) => string;

const COLUMNS = ['order', 'file', 'customer', 'kind', 'what', 'due', 'days_late', 'action'] as const;
/** The columns people read; json and csv carry `file` too. */
const SHOWN = ['order', 'customer', 'kind', 'what', 'due', 'days_late', 'action'] as const;

/** A row as text: messages translated, `kind` kept as its fixed id. */
export function rowText(r: ReportRow, lang: Lang): Record<(typeof COLUMNS)[number], string | number> {
  return { order: r.order, file: r.file, customer: r.customer, kind: r.kind, what: t(lang, r.what), due: r.due, days_late: r.days_late, action: t(lang, r.action) };
}

/** From this many rows a table is drawn by box.ts: the same text, in time linear in the rows. */
export const BOX_FROM = 200;

/** A bordered table; CJK characters count two columns wide (cli-table3 measures with string-width). */
export function textTable(head: string[], body: (string | number)[][], color: boolean, right: number[] = [], width?: number, drop: number[] = []): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (width !== undefined) {
    // On a narrow terminal the least needed columns go first (`drop`, in that order).
    for (let k = 0; k < drop.length && !fits(head, body, right, width); k++) {
      const at = drop[k]!;
      head = head.filter((_, i) => i !== at);
      body = body.map((r) => r.filter((_, i) => i !== at));
      right = right.filter((i) => i !== at).map((i) => (i > at ? i - 1 : i));
      drop = drop.map((d) => (d > at ? d - 1 : d));
    }
    body = fitted(head, body, right, width);
  }
  const heads = head.map((h) => c.bold(h));
  if (body.length >= BOX_FROM) {
    const cells = body.map((row) => row.map((cell) => String(cell)));
    if (boxable(heads, cells)) return `${boxText(heads, cells, heads.map((_, i) => right.includes(i)))}\n`;
  }
  const table = new Table({
    head: heads,
    style: { head: [], border: [], compact: true },
    colAligns: head.map((_, i) => (right.includes(i) ? 'right' : 'left')),
  });
  for (const row of body) table.push(row.map((cell) => String(cell)));
  return `${table.toString()}\n`;
}

/** Whether the table can fit `width` once its text columns are wrapped. */
function fits(head: string[], body: (string | number)[][], right: number[], width: number): boolean {
  const { natural, wrappable } = measure(head, body, right);
  const ws = fitColumns(natural, wrappable, width) ?? natural;
  return ws.reduce((a, b) => a + b + 3, 1) <= width;
}

function measure(head: string[], body: (string | number)[][], right: number[]) {
  const plain = (v: string | number) => String(v);
  const cols = head.length;
  const natural = Array.from({ length: cols }, (_, i) => Math.max(displayWidth(head[i]!), ...body.map((r) => Math.max(...plain(r[i] ?? '').split('\n').map(displayWidth)))));
  const wrappable = Array.from({ length: cols }, (_, i) => !right.includes(i) && body.every((r) => typeof r[i] !== 'number' && !/\x1b\[/.test(plain(r[i] ?? ''))) && natural[i]! > 12);
  return { natural, wrappable };
}

/**
 * Long text cells wrapped so that the table fits `width` columns: the box is never wrapped
 * by the terminal. Numbers, dates, ids and coloured cells keep their width; text columns
 * (names, what, action) give way, the widest first.
 */
function fitted(head: string[], body: (string | number)[][], right: number[], width: number): (string | number)[][] {
  const { natural, wrappable } = measure(head, body, right);
  const ws = fitColumns(natural, wrappable, width);
  if (!ws) return body;
  return body.map((r) => r.map((v, i) => (wrappable[i] && typeof v === 'string' ? wrapText(v, ws[i]!).join('\n') : v)));
}

const mdCell = (v: string | number) => String(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function markdownTable(head: string[], body: (string | number)[][], right: number[] = []): string {
  const lines = [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map((_, i) => (right.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`];
  for (const row of body) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 (see csv.ts): CRLF line ends, quoting, formula-looking text made inert. */
export const csv = csvText;

/** What people read: kinds translated; at-risk rows count the days left rather than negative days late. */
function shown(r: ReportRow, lang: Lang, name: string): (string | number)[] {
  const x = rowText(r, lang);
  return SHOWN.map((k) => (k === 'kind' ? t(lang, `reports/kind/${r.kind}`) : k === 'days_late' && name === 'at-risk' ? -r.days_late : x[k]));
}

const heads = (lang: Lang, name: string) => SHOWN.map((k) => t(lang, k === 'days_late' && name === 'at-risk' ? 'reports/col/days_left' : `reports/col/${k}`));
const DAYS = SHOWN.indexOf('days_late');

export const table: RowsFormatter = ({ name, today, rows: data }, { lang, color, width }) => {
  const rows = visibleDeep(data);
  const c = new Chalk({ level: color ? 1 : 0 });
  const title = c.bold(t(lang, `reports/title/${name}`, { today }));
  if (rows.length === 0) return `${title}\n${t(lang, `reports/empty/${name}`)}\n`;
  const body = rows.map((r) => shown(r, lang, name).map((v, i) => (i === DAYS && r.days_late > 0 ? c.red(String(v)) : v)));
  return `${title}\n${textTable(heads(lang, name), body, color, [DAYS], width, [SHOWN.indexOf('customer'), SHOWN.indexOf('kind'), SHOWN.indexOf('due')])}`;
};

export const markdown: RowsFormatter = ({ name, today, rows: data }, { lang }) => {
  const rows = visibleDeep(data);
  const title = `## ${t(lang, `reports/title/${name}`, { today })}\n\n`;
  if (rows.length === 0) return `${title}${t(lang, `reports/empty/${name}`)}\n`;
  return title + markdownTable(heads(lang, name), rows.map((r) => shown(r, lang, name)), [DAYS]);
};

/** Exactly SPEC §5: { today, rows: [{ order, file, customer, kind, what, due, days_late, action }] }. */
export const json: RowsFormatter = ({ today, rows }, { lang }) => `${JSON.stringify({ today, rows: rows.map((r) => rowText(r, lang)) }, null, 2)}\n`;

/** RFC 4180 with a header row; amounts without thousands separators. */
export const csvRows: RowsFormatter = ({ rows }, { lang, csv: opts }) =>
  csv(
    csvHead(COLUMNS, lang, opts),
    rows.map((r) => {
      const x = rowText({ ...r, what: plainAmounts(r.what), action: plainAmounts(r.action) }, lang);
      return COLUMNS.map((k) => x[k]);
    }),
    opts,
  );

export const rowFormatters: Record<string, RowsFormatter> = { table, markdown, json, csv: csvRows };
