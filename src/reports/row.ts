// A report row is data: which order, what is due, when, how late, and what to do next.
// `what` and `action` are messages, translated only when the rows are formatted.
import type { PlanContext } from '../facts/delivery.js';
import type { Checker } from '../workflow/item.js';
import type { OrderFile } from '../load/order-file.js';
import type { KnownOrder } from '../model/order.js';
import type { Msg } from '../model/problem.js';

/** The kinds of SPEC §5, fixed: tests and scripts outside the project rely on them. */
export const KINDS = ['delivery', 'milestone', 'shipment', 'follow-up', 'payment', 'issue', 'notify'] as const;
export type Kind = (typeof KINDS)[number];

export interface ReportRow {
  order: string;
  /** The order file as shown to the user (relative to the current folder). */
  file: string;
  customer: string;
  kind: Kind;
  what: Msg;
  /** 'YYYY-MM-DD' */
  due: string;
  /** Today minus `due` in calendar days: > 0 late, 0 due today, < 0 days left. */
  days_late: number;
  action: Msg;
}

/** An order a report may use: it parsed and has a valid id and status. */
export interface ReportInput {
  order: KnownOrder;
  file: string;
  /** The loaded file, for checklist items that re-check the order ("check passes"). */
  source?: OrderFile;
}

/** Config, catalog, working-day calendar and today: everything a report reads besides the orders. */
/** What reports need: the plan context, and the checker for "check passes" (app/check-passes.ts). */
export type ReportContext = PlanContext & { checker: Checker };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most late first; ties by order id, kind, due date and file so the output is stable. */
export function byLateness(a: ReportRow, b: ReportRow): number {
  return b.days_late - a.days_late || cmp(a.order, b.order) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || cmp(a.due, b.due) || cmp(a.file, b.file);
}

export function rowBase(input: ReportInput): Pick<ReportRow, 'order' | 'file' | 'customer'> {
  return { order: input.order.id, file: input.file, customer: input.order.customer?.name ?? '' };
}
