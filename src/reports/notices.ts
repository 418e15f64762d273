// The notices owed to the customer (SPEC §7 "Messages and notices"): what the clerk must
// tell, from which day, until a contact with that node is dated on or after the event.
// `shipped` for every batch, `arriving` before each undelivered shipment's ETA,
// `production_started` while preparing, `delay` after a later promised date or an open
// logistics_delay / damage / loss issue. Pure: orders and today in, notices out.
import { addDays } from '../calendar/dates.js';
import type { Calendar } from '../calendar/calendar.js';
import type { KnownOrder, MainState, Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { effectiveState, stateIndex } from '../workflow/states.js';
import type { PlanContext } from '../facts/delivery.js';

export const NOTICE_NODES = ['shipped', 'arriving', 'production_started', 'delay'] as const;
export type NoticeNode = (typeof NOTICE_NODES)[number];

export interface Notice {
  node: NoticeNode;
  /** The day the notice falls due. */
  due: string;
  /** The event's date: a contact with the node dated on or after it settles the notice. */
  since: string;
  what: Msg;
  /** For shipped and arriving: the shipment's position in `shipments`. */
  shipment?: number;
}

/** Issue kinds the customer must hear about at once. */
export const DELAY_ISSUES: readonly string[] = ['logistics_delay', 'damage', 'loss'];

/** Whether a contact with `node` is dated on or after `date`. */
export function told(order: Order, node: string, date: string): boolean {
  return (order.contacts ?? []).some((c) => c.node === node && c.date !== undefined && c.date >= date);
}

/** The n-th working day strictly before `date` (`date` itself when n is 0). */
function workdaysBefore(calendar: Calendar, date: string, n: number): string {
  let d = date;
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard++) {
    d = addDays(d, -1);
    if (calendar.isWorkday(d)) left--;
  }
  return d;
}

/** Whether the order's (effective) state is `limit` or later, and before `until` when given. */
const after = (order: KnownOrder, limit: MainState, until?: MainState) => {
  const state = effectiveState(order);
  return state !== undefined && stateIndex(state) >= stateIndex(limit) && (until === undefined || stateIndex(state) < stateIndex(until));
};

/**
 * One per shipment whose departure no `shipped` contact followed; due the next working day.
 * Owed while the goods are out (the order `ready`, `shipped` or `delivered`): once it is
 * followed up or closed, the customer has had the goods and the notice has lapsed.
 */
export function shippedNotices(order: KnownOrder, ctx: PlanContext): Notice[] {
  if (!after(order, 'ready', 'followed_up')) return [];
  return (order.shipments ?? []).flatMap((s, i): Notice[] =>
    s.shipped === undefined || told(order, 'shipped', s.shipped)
      ? []
      : [{ node: 'shipped', due: ctx.calendar.nextWorkday(s.shipped), since: s.shipped, shipment: i, what: { id: 'reports/what/notify', args: { shipped: s.shipped } } }],
  );
}

/** One per undelivered shipment with an ETA, from `arrival_notice_days` working days before it until the ETA. */
function arrivingNotices(order: KnownOrder, ctx: PlanContext): Notice[] {
  if (!after(order, 'ready')) return [];
  return (order.shipments ?? []).flatMap((s, i): Notice[] => {
    // Once the ETA has passed the notice has lapsed: a late shipment is a `shipment` row.
    if (s.eta === undefined || s.delivered !== undefined || s.shipped === undefined || s.eta < ctx.today) return [];
    if (told(order, 'arriving', s.shipped)) return [];
    const due = workdaysBefore(ctx.calendar, s.eta, ctx.config.arrival_notice_days);
    return [{ node: 'arriving', due: due < s.shipped ? s.shipped : due, since: s.shipped, shipment: i, what: { id: 'notice/what/arriving', args: { eta: s.eta, ref: s.tracking ?? s.shipped } } }];
  });
}

/** Production under way: from the `production_started` milestone's done date, else from entering preparing. */
function productionNotice(order: KnownOrder): Notice[] {
  if (order.status !== 'preparing') return [];
  const milestone = order.production?.milestones?.find((m) => m.name === 'production_started');
  const since = milestone ? milestone.done : enteredPreparing(order);
  if (since === undefined || told(order, 'production_started', since)) return [];
  return [{ node: 'production_started', due: since, since, what: { id: milestone ? 'notice/what/production-started' : 'notice/what/preparing', args: { date: since } } }];
}

function enteredPreparing(order: Order): string | undefined {
  const history = order.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.to === 'preparing') return history[i]!.at?.slice(0, 10);
  return order.production?.handoff;
}

export interface DelayEvent {
  date: string;
  /** A later promised date (`changes`), or an open issue. */
  change?: { from: string; to: string; reason?: string };
  issue?: { kind: string; cause?: string; action?: string };
}

/** Later promised dates (while not delivered) and open logistics_delay / damage / loss issues, oldest first. */
export function delayEvents(order: KnownOrder): DelayEvent[] {
  if (order.status === 'cancelled' || order.status === 'closed') return [];
  const out: DelayEvent[] = [];
  // A moved date matters while the goods are still to arrive.
  if (!after(order, 'delivered')) {
    for (const c of order.changes ?? []) {
      if (c.field !== 'delivery.promised' || c.date === undefined || typeof c.from !== 'string' || typeof c.to !== 'string' || c.to <= c.from) continue;
      out.push({ date: c.date, change: { from: c.from, to: c.to, reason: c.reason } });
    }
  }
  for (const i of order.issues ?? []) {
    if (i.opened === undefined || i.resolved !== undefined || !DELAY_ISSUES.includes(i.kind ?? '')) continue;
    out.push({ date: i.opened, issue: { kind: i.kind!, cause: i.cause ?? i.note, action: i.action } });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** One delay notice for the order, from the oldest event the customer has not heard of. */
function delayNotice(order: KnownOrder): Notice[] {
  const untold = delayEvents(order).filter((e) => !told(order, 'delay', e.date));
  if (untold.length === 0) return [];
  const first = untold[0]!;
  const what: Msg = first.change
    ? { id: 'notice/what/delay-change', args: { from: first.change.from, to: first.change.to } }
    : { id: 'notice/what/delay-issue', args: { kind: { id: `reports/issue-kind/${first.issue!.kind}` }, opened: first.date } };
  return [{ node: 'delay', due: first.date, since: first.date, what }];
}

/** Every notice the order owes, whatever its due date; none for cancelled orders. */
export function noticesOwed(order: KnownOrder, ctx: PlanContext): Notice[] {
  if (order.status === 'cancelled') return [];
  return [...shippedNotices(order, ctx), ...arrivingNotices(order, ctx), ...productionNotice(order), ...delayNotice(order)];
}
