// `gendan today`: the clerk's morning page, grouped by order — what is late, what is at
// risk, what falls due today, and the open checklist items of the order's current state.
import type { Status } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { allMetMsg, currentChecklist } from '../workflow/checklist.js';
import { atRisk } from './at-risk.js';
import { dueItems, type DueItem } from './due-items.js';
import { dueToday, overdue } from './overdue.js';
import type { Kind, ReportContext, ReportInput, ReportRow } from './row.js';
import { tellItems } from './tell.js';

export const SECTIONS = ['overdue', 'at-risk', 'due-today', 'tell', 'checklist'] as const;
export type Section = (typeof SECTIONS)[number];

export interface TodayItem {
  section: Section;
  kind: Kind | 'checklist';
  /** The checklist item id, for checklist items; the node, for notices to tell the customer. */
  item?: string;
  what: Msg;
  /** Dated items only. */
  due?: string;
  days_late?: number;
  action?: Msg;
  /** A checklist whose items are all met (the order waits to be moved on). */
  met?: boolean;
}

export interface TodayOrder {
  order: string;
  file: string;
  customer: string;
  status: Status;
  items: TodayItem[];
}

export function todayPage(inputs: ReportInput[], ctx: ReportContext): TodayOrder[] {
  const byFile = new Map<string, TodayOrder>();
  const entry = (input: ReportInput): TodayOrder => {
    let o = byFile.get(input.file);
    if (!o) byFile.set(input.file, (o = { order: input.order.id, file: input.file, customer: input.order.customer?.name ?? '', status: input.order.status, items: [] }));
    return o;
  };
  const inputOf = new Map(inputs.map((i) => [i.file, i]));
  const add = (section: Section, rows: ReportRow[]) => {
    for (const r of rows) entry(inputOf.get(r.file)!).items.push({ section, kind: r.kind, what: r.what, due: r.due, days_late: r.days_late, action: r.action });
  };
  const risky = atRisk(inputs, ctx);
  const due = new Map<ReportInput, DueItem[]>();
  const itemsOf = (i: ReportInput) => {
    let items = due.get(i);
    if (!items) due.set(i, (items = dueItems(i.order, ctx)));
    return items;
  };
  add('overdue', overdue(inputs, ctx, itemsOf));
  add('at-risk', risky);
  // A delivery due today that is already at risk is said once, in the at-risk section.
  const said = new Set(risky.map((r) => `${r.file}\0${r.kind}\0${r.due}`));
  add('due-today', dueToday(inputs, ctx, itemsOf).filter((r) => !said.has(`${r.file}\0${r.kind}\0${r.due}`)));
  for (const input of inputs) for (const item of tellItems(input.order, ctx)) entry(input).items.push(item);
  for (const input of inputs) {
    const list = currentChecklist(input.order, { ...ctx, file: input.source });
    const open = list?.items.filter((r) => !r.met) ?? [];
    for (const item of open) entry(input).items.push({ section: 'checklist', kind: 'checklist', item: item.id, what: item.label, ...(item.missing ? { action: item.missing } : {}) });
    // All met: the order is still open and waits for `gendan advance` — said, never dropped.
    if (list && open.length === 0) entry(input).items.push({ section: 'checklist', kind: 'checklist', what: allMetMsg(input.order.id, input.order.status), met: true });
  }
  return [...byFile.values()].sort(byUrgency);
}

/** What the page's order goes by. */
export interface UrgencyKey {
  urgency: number;
  order: string;
  file: string;
}

export const urgencyKey = (o: TodayOrder): UrgencyKey => ({ urgency: urgency(o), order: o.order, file: o.file });

/** The page's order: most days late first, then by order id and file. */
export function byUrgency(a: TodayOrder, b: TodayOrder): number {
  return byUrgencyKey(urgencyKey(a), urgencyKey(b));
}

export function byUrgencyKey(a: UrgencyKey, b: UrgencyKey): number {
  return b.urgency - a.urgency || (a.order < b.order ? -1 : a.order > b.order ? 1 : a.file < b.file ? -1 : 1);
}

/** The most days late among the order's dated items; checklist-only orders come last. */
function urgency(o: TodayOrder): number {
  let max = -Infinity;
  for (const i of o.items) if (i.days_late !== undefined && i.days_late > max) max = i.days_late;
  return max;
}
