// Formatters for `gendan today`: the morning page grouped by order.
import { Chalk } from 'chalk';
import type { Lang } from '../model/config.js';
import { t } from '../i18n/i18n.js';
import type { TodayItem, TodayOrder } from '../reports/today.js';
import { stateName } from '../workflow/states.js';
import { displayWidth, padEnd } from '../util/width.js';
import { plainAmounts } from '../reports/people.js';
import { csv } from './rows.js';
import { hanging } from '../util/wrap.js';
import { csvHead, type CsvOptions } from './csv.js';
import { visible } from '../util/visible.js';

export interface TodayReport {
  today: string;
  company?: string;
  orders: TodayOrder[];
}

/** The orders of a table page in words, read once (a page of 100,000 orders is kept packed, app/packed.ts). */
export type ShownOrders = Iterable<ShownOrder> & { readonly length: number };

/** An order of the table page in words: its heading, and each item's columns and action. */
export interface ShownOrder {
  line: string;
  items: { section: TodayItem['section']; cells: string[]; action: string }[];
}

export type TodayFormatter = (report: TodayReport, opts: { lang: Lang; color: boolean; csv?: CsvOptions; width?: number }) => string;

/** "5 days late", "due today", "2 days left", "to do": how urgent an item is. */
function when(i: TodayItem, lang: Lang): string {
  if (i.days_late === undefined) return t(lang, 'reports/when/to-do');
  if (i.section === 'tell') return t(lang, i.days_late > 0 ? 'reports/when/tell-late' : 'reports/when/tell', { days: i.days_late });
  if (i.days_late > 0) return t(lang, 'reports/when/late', { days: i.days_late });
  if (i.days_late === 0) return t(lang, i.section === 'at-risk' ? 'reports/when/risk-today' : 'reports/when/today');
  return t(lang, 'reports/when/left', { days: -i.days_late });
}

/** The texts of an item's columns, values shown escaped (one item, one line). */
function cells(i: TodayItem, lang: Lang): string[] {
  // A checklist item's label says what must hold; the cross marks it as not met yet.
  const what = i.kind === 'checklist' ? `${i.met ? '✓' : '✗'} ${t(lang, i.what)}` : t(lang, i.what);
  const kind = i.kind === 'checklist' ? '' : i.section === 'tell' ? t(lang, `notice/node/${i.item}`) : t(lang, `reports/kind/${i.kind}`);
  return [when(i, lang), kind, i.due ?? '', what].map(visible);
}

const actionText = (i: TodayItem, lang: Lang) => (i.action ? visible(t(lang, i.action)) : '');

type Counts = ReturnType<typeof noCounts>;
const noCounts = (orders: number) => ({ late: 0, risk: 0, due: 0, tell: 0, todo: 0, orders });
const countItem = (n: Counts, i: Pick<TodayItem, 'section'>) => n[i.section === 'overdue' ? 'late' : i.section === 'at-risk' ? 'risk' : i.section === 'due-today' ? 'due' : i.section === 'tell' ? 'tell' : 'todo']++;

function count(orders: TodayOrder[]): Counts {
  const n = noCounts(orders.length);
  for (const o of orders) for (const i of o.items) countItem(n, i);
  return n;
}

function heading(r: Pick<TodayReport, 'today' | 'company'>, lang: Lang): string {
  return t(lang, 'reports/title/today', { today: r.today }) + (r.company ? ` · ${r.company}` : '');
}

const orderLine = (o: TodayOrder, lang: Lang) => visible(`${o.order} · ${o.customer} · ${t(lang, stateName(o.status))} · ${o.file}`);

/** An order's entry put in words once, for the table page (its widths, then its lines). */
export function shown(o: TodayOrder, lang: Lang): ShownOrder {
  return { line: orderLine(o, lang), items: o.items.map((i) => ({ section: i.section, cells: cells(i, lang), action: actionText(i, lang) })) };
}

/**
 * Pieces of the table page are put together up to about this many characters: small
 * enough that each piece, and the bytes written of it, die young. A string past ~64 K
 * characters goes straight to the old generation, and 20 MB of such pieces grew the heap
 * by ~100 MB before a full collection.
 */
const PIECE = 1 << 14;

/**
 * The column widths and the counts of a table page, gathered an order at a time: given
 * the orders of a long page as they arrive, the page needs one pass over them, not two.
 */
export class TableMeasure {
  readonly widths = [0, 0, 0];
  readonly counts = noCounts(0);

  add(o: ShownOrder): void {
    this.counts.orders++;
    for (const i of o.items) {
      countItem(this.counts, i);
      for (let k = 0; k < 3; k++) this.widths[k] = Math.max(this.widths[k]!, displayWidth(i.cells[k]!));
    }
  }

  /** What another measure gathered (of the entries a worker thread put in words). */
  merge(m: Pick<TableMeasure, 'widths' | 'counts'>): void {
    for (let k = 0; k < 3; k++) this.widths[k] = Math.max(this.widths[k]!, m.widths[k]!);
    for (const key of Object.keys(this.counts) as (keyof Counts)[]) this.counts[key] += m.counts[key];
  }
}

/** An order's entry in words as JSON, with its measure: all the table page keeps of it. */
export interface ShownEntry {
  json: string;
  widths: number[];
  counts: Counts;
}

export function shownEntry(o: TodayOrder, lang: Lang): ShownEntry {
  const s = shown(o, lang);
  const m = new TableMeasure();
  m.add(s);
  return { json: JSON.stringify(s), widths: m.widths, counts: m.counts };
}

/**
 * Plain aligned columns rather than a boxed table: one heading line per order, its items
 * indented below, columns aligned across the whole page (CJK counted two columns wide).
 *
 * The page in pieces, which joined make `table`'s text: the widths are found first, then
 * the page is made one order at a time, so that a page of 100,000 orders can be written
 * out as it is made rather than held whole.
 */
export function* tablePieces(r: Omit<TodayReport, 'orders'> & { orders: ShownOrders }, { lang, color, width }: Parameters<TodayFormatter>[1], measured?: TableMeasure): Generator<string> {
  const c = new Chalk({ level: color ? 1 : 0 });
  const title = c.bold(heading(r, lang));
  if (r.orders.length === 0) {
    yield `${title}\n${t(lang, 'reports/today/empty')}\n`;
    return;
  }
  let m = measured;
  if (!m) {
    m = new TableMeasure();
    for (const o of r.orders) m.add(o);
  }
  const { widths, counts: n } = m;
  let out = [title, hanging('', t(lang, 'reports/today/summary', n), width)];
  let size = 0;
  for (const o of r.orders) {
    out.push('', c.bold(hanging('', o.line, width)));
    for (const i of o.items) {
      const cs = i.cells;
      const paint = i.section === 'overdue' ? c.red : i.section === 'at-risk' ? c.yellow : i.section === 'due-today' || i.section === 'tell' ? c.cyan : (x: string) => x;
      const line = hanging(`  ${paint(padEnd(cs[0]!, widths[0]!))}  ${padEnd(cs[1]!, widths[1]!)}  ${padEnd(cs[2]!, widths[2]!)}  `, cs[3]!, width).trimEnd();
      out.push(line);
      size += line.length;
      if (i.action) out.push(hanging(`  ${' '.repeat(widths[0]! + widths[1]! + widths[2]! + 6)}${c.dim('→')} `, i.action, width));
    }
    if (size > PIECE) {
      yield `${out.join('\n')}\n`;
      out = [];
      size = 0;
    }
  }
  if (out.length > 0) yield `${out.join('\n')}\n`;
}

export const table: TodayFormatter = (r, opts) => [...tablePieces({ ...r, orders: r.orders.map((o) => shown(o, opts.lang)) }, opts)].join('');

export const markdown: TodayFormatter = (r, { lang }) => {
  const out = [`## ${heading(r, lang)}`, ''];
  if (r.orders.length === 0) return `${out.join('\n')}${t(lang, 'reports/today/empty')}\n`;
  out.push(t(lang, 'reports/today/summary', count(r.orders)));
  for (const o of r.orders) {
    out.push('', `### ${orderLine(o, lang)}`, '');
    for (const i of o.items) {
      const [w, kind, due, what] = cells(i, lang);
      const head = [kind, due].filter((x) => x !== '').join(' · ');
      out.push(`- **${w}**${head ? ` · ${head}` : ''} · ${what}${i.action ? ` — ${actionText(i, lang)}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
};

/** { today, orders: [{ order, file, customer, status, items: [{ section, kind, item, what, due, days_late, action }] }] } */
export const json: TodayFormatter = (r, { lang }) => {
  const orders = r.orders.map((o) => ({
    order: o.order,
    file: o.file,
    customer: o.customer,
    status: o.status,
    items: o.items.map((i) => ({ section: i.section, kind: i.kind, item: i.item ?? null, what: t(lang, i.what), due: i.due ?? null, days_late: i.days_late ?? null, action: i.action ? t(lang, i.action) : null })),
  }));
  return `${JSON.stringify({ today: r.today, orders }, null, 2)}\n`;
};

const CSV_COLUMNS = ['section', 'order', 'file', 'customer', 'status', 'kind', 'item', 'what', 'due', 'days_late', 'action'];

/** One line per item, flat; `section`, `kind` and `status` keep their fixed ids. */
export const csvToday: TodayFormatter = (r, { lang, csv: opts }) =>
  csv(
    csvHead(CSV_COLUMNS, lang, opts),
    r.orders.flatMap((o) =>
      o.items.map((i) => [i.section, o.order, o.file, o.customer, o.status, i.kind, i.item, t(lang, plainAmounts(i.what)), i.due, i.days_late, i.action ? t(lang, plainAmounts(i.action)) : '']),
    ),
    opts,
  );

export const todayFormatters: Record<string, TodayFormatter> = { table, markdown, json, csv: csvToday };
