// What the HTML board shows, as data. Every figure comes from the report functions the CLI
// uses — overdue, at-risk, stats, receivables — run once over the same orders; this module
// only picks, counts and groups their results. The picture is drawn in format/board/.
import { addDays } from '../calendar/dates.js';
import { dueDate } from '../facts/delivery.js';
import { orderTotal } from '../facts/money.js';
import { firstShipment, lastDelivery, shipmentsInOrder } from '../facts/shipments.js';
import type { KnownOrder, Status } from '../model/order.js';
import { effectiveState, isOpen, stateIndex } from '../workflow/states.js';
import { atRisk } from './at-risk.js';
import { overdue } from './overdue.js';
import { receivables, type Receivables } from './receivables.js';
import type { ReportContext, ReportInput, ReportRow } from './row.js';
import { stats, type DeliveryGroup, type Stats } from './stats.js';
import type { Amount } from './week.js';

/** The states the pipeline draws a bar for, in workflow order; on_hold is drawn apart. */
export const PIPELINE_STATES = ['received', 'confirmed', 'preparing', 'ready', 'shipped', 'delivered', 'followed_up', 'on_hold'] as const satisfies readonly Status[];

export interface PipelineBar {
  state: (typeof PIPELINE_STATES)[number];
  orders: number;
  amounts: Amount[];
}

export interface OnTime {
  /** Deliveries judged in the window, and the rate against the date in force at delivery. */
  judged: number;
  rate: number | null;
  /** The rate against the first promised date (before any `changes` moved it). */
  rate_original: number | null;
}

export interface GanttBar {
  order: string;
  file: string;
  customer: string;
  status: Status;
  ordered?: string;
  milestones: { name: string; due?: string; done?: string }[];
  shipped?: string;
  eta?: string;
  delivered?: string;
  /** Promised, else requested. */
  due?: string;
  /** The first promise when `changes` moved the date. */
  first_due?: string;
  /** Has a `delivery` row in the overdue report / a row in the at-risk report. */
  late: boolean;
  risk: boolean;
}

export interface Headline {
  open: number;
  /** Orders with a `delivery` row in the overdue report. */
  late: number;
  /** All rows of the overdue report. */
  overdue_items: number;
  /** Orders in the at-risk report. */
  at_risk: number;
  /** Open orders not yet delivered whose date falls in the next 7 days, today included. */
  due_7d: number;
  on_time_30d: OnTime;
  on_time_90d: OnTime;
  on_time_all: OnTime;
}

export interface BoardData {
  today: string;
  orders: number;
  headline: Headline;
  pipeline: PipelineBar[];
  closed: number;
  cancelled: number;
  gantt: GanttBar[];
  overdue: ReportRow[];
  atRisk: ReportRow[];
  stats: Stats;
  /** The last 12 months, oldest first, from stats.by_month (months without deliveries empty). */
  months: DeliveryGroup[];
  receivables: Receivables;
}

export function boardData(inputs: ReportInput[], ctx: ReportContext): BoardData {
  const late = overdue(inputs, ctx);
  const risky = atRisk(inputs, ctx);
  const all = stats(inputs);
  const lateOrders = new Set(late.filter((r) => r.kind === 'delivery').map((r) => r.file));
  const riskOrders = new Set(risky.map((r) => r.file));
  const open = inputs.filter((i) => isOpen(i.order.status));
  const soon = addDays(ctx.today, 6);
  return {
    today: ctx.today,
    orders: inputs.length,
    headline: {
      open: open.length,
      late: lateOrders.size,
      overdue_items: late.length,
      at_risk: riskOrders.size,
      due_7d: open.filter((i) => notDelivered(i.order) && within(dueDate(i.order), ctx.today, soon)).length,
      on_time_30d: onTime(inputs, addDays(ctx.today, -29), ctx.today),
      on_time_90d: onTime(inputs, addDays(ctx.today, -89), ctx.today),
      on_time_all: { judged: all.overall.on_time + all.overall.late, rate: all.overall.on_time_rate, rate_original: stats(inputs.map(firstPromise)).overall.on_time_rate },
    },
    pipeline: pipeline(inputs),
    closed: inputs.filter((i) => i.order.status === 'closed').length,
    cancelled: inputs.filter((i) => i.order.status === 'cancelled').length,
    gantt: open.map((i) => bar(i, lateOrders.has(i.file), riskOrders.has(i.file))),
    overdue: late,
    atRisk: risky,
    stats: all,
    months: lastMonths(all.by_month, ctx.today, 12),
    receivables: receivables(inputs, ctx),
  };
}

const within = (d: string | undefined, from: string, to: string) => d !== undefined && d >= from && d <= to;

function notDelivered(order: KnownOrder): boolean {
  const state = effectiveState(order);
  return state !== undefined && stateIndex(state) < stateIndex('delivered');
}

/** The `from` of the first change of `delivery.promised`, when it is a date. */
export function firstPromised(order: KnownOrder): string | undefined {
  const moves = (order.changes ?? []).filter((c) => c.field === 'delivery.promised' && c.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const from = moves[0]?.from;
  return typeof from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined;
}

/** The order as first promised: the same stats, judged against the date before any change. */
function firstPromise(input: ReportInput): ReportInput {
  const first = firstPromised(input.order);
  if (first === undefined) return input;
  return { ...input, order: { ...input.order, delivery: { ...input.order.delivery, promised: first } } };
}

/** The stats report over the orders last delivered in [from, to]. */
function onTime(inputs: ReportInput[], from: string, to: string): OnTime {
  const inWindow = inputs.filter((i) => within(lastDelivery(i.order), from, to));
  const s = stats(inWindow).overall;
  return { judged: s.on_time + s.late, rate: s.on_time_rate, rate_original: stats(inWindow.map(firstPromise)).overall.on_time_rate };
}

function pipeline(inputs: ReportInput[]): PipelineBar[] {
  return PIPELINE_STATES.map((state) => {
    const cents = new Map<string, number>();
    let orders = 0;
    for (const { order } of inputs) {
      if (order.status !== state) continue;
      orders++;
      const c = order.currency ?? 'CNY';
      cents.set(c, (cents.get(c) ?? 0) + Math.round(orderTotal(order) * 100));
    }
    const amounts = [...cents.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([currency, c]) => ({ currency, amount: c / 100 }));
    return { state, orders, amounts };
  });
}

function bar(input: ReportInput, late: boolean, risk: boolean): GanttBar {
  const o = input.order;
  const shipments = shipmentsInOrder(o);
  const etas = shipments.map((s) => s.eta).filter((d): d is string => d !== undefined).sort();
  const first = firstPromised(o);
  return {
    order: o.id,
    file: input.file,
    customer: o.customer?.name ?? '',
    status: o.status,
    ordered: o.ordered,
    milestones: (o.production?.milestones ?? []).map((m) => ({ name: m.name ?? '', due: m.due, done: m.done })),
    shipped: firstShipment(o)?.shipped,
    eta: etas[etas.length - 1],
    delivered: lastDelivery(o),
    due: dueDate(o),
    first_due: first !== undefined && first !== dueDate(o) ? first : undefined,
    late,
    risk,
  };
}

/** The 12 months up to today's, each with its stats group (an empty one where nothing was delivered). */
function lastMonths(byMonth: DeliveryGroup[], today: string, n: number): DeliveryGroup[] {
  const found = new Map(byMonth.map((g) => [g.key, g]));
  const out: DeliveryGroup[] = [];
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < n; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.unshift(found.get(key) ?? { key, delivered: 0, on_time: 0, late: 0, on_time_rate: null, on_time_rate_original: null, date_changes: 0, average_days_late: null });
    if (--m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}
