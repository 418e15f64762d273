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
  const page: TodayOrder[] = [];
  for (const input of inputs) {
    const entry = todayEntry(input, ctx);
    if (entry) page.push(entry);
  }
  return page.sort(byUrgency);
}

/** One order's entry on the page; none when it has nothing for today. */
export function todayEntry(input: ReportInput, ctx: ReportContext): TodayOrder | undefined {
  const { order } = input;
  const one = [input];
  const items: TodayItem[] = [];
  const add = (section: Section, rows: ReportRow[]) => {
    for (const r of rows) items.push({ section, kind: r.kind, what: r.what, due: r.due, days_late: r.days_late, action: r.action });
  };
  let due: DueItem[] | undefined;
  const itemsOf = () => (due ??= dueItems(order, ctx));
  const risky = atRisk(one, ctx);
  add('overdue', overdue(one, ctx, itemsOf));
  add('at-risk', risky);
  // A delivery due today that is already at risk is said once, in the at-risk section.
  const today = dueToday(one, ctx, itemsOf);
  add('due-today', risky.length === 0 ? today : today.filter((r) => !risky.some((x) => x.kind === r.kind && x.due === r.due)));
  for (const item of tellItems(order, ctx)) items.push(item);
  const list = currentChecklist(order, { ...ctx, file: input.source });
  const open = list?.items.filter((r) => !r.met) ?? [];
  for (const item of open) items.push({ section: 'checklist', kind: 'checklist', item: item.id, what: item.label, ...(item.missing ? { action: item.missing } : {}) });
  // All met: the order is still open and waits for `gendan advance` — said, never dropped.
  if (list && open.length === 0) items.push({ section: 'checklist', kind: 'checklist', what: allMetMsg(order.id, order.status), met: true });
  return items.length > 0 ? { order: order.id, file: input.file, customer: order.customer?.name ?? '', status: order.status, items } : undefined;
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
