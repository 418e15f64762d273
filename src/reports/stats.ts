// `gendan report stats`: how well orders are delivered (on time = the last delivery on or
// before the promised, else requested, date), by month of delivery and by customer, and
// how long orders stay in each state (from the timestamps in `history`).
import { diffDays } from '../calendar/dates.js';
import { dueDate } from '../facts/delivery.js';
import { dateMoved, originalDue } from '../facts/changes.js';
import { lastDelivery } from '../facts/shipments.js';
import type { Status } from '../model/order.js';
import { ALL_STATUSES } from '../workflow/states.js';
import type { ReportInput } from './row.js';

export interface DeliveryGroup {
  /** Month 'YYYY-MM' or customer name; 'all' for the whole. */
  key: string;
  delivered: number;
  on_time: number;
  late: number;
  /** on_time / (on_time + late), or null when nothing with a due date was delivered. */
  on_time_rate: number | null;
  /** The same against the first promised (else requested) date, from `changes`. */
  on_time_rate_original: number | null;
  /** Delivered orders whose promised or requested date was moved by a recorded change. */
  date_changes: number;
  /** Average calendar days late over the late deliveries, or null. */
  average_days_late: number | null;
}

export interface StateTime {
  state: Status;
  /** Completed stays measured. */
  stays: number;
  average_days: number;
}

export interface Stats {
  orders: number;
  overall: DeliveryGroup;
  by_month: DeliveryGroup[];
  by_customer: DeliveryGroup[];
  days_in_state: StateTime[];
}

interface Delivery {
  month: string;
  customer: string;
  /** Days late (≤ 0 on time), undefined without a due date. */
  late?: number;
  /** Days late against the first promise. */
  lateOriginal?: number;
  moved: boolean;
}

export function stats(inputs: ReportInput[]): Stats {
  const deliveries: Delivery[] = [];
  for (const { order } of inputs) {
    const last = order.status === 'cancelled' ? undefined : lastDelivery(order);
    if (last === undefined) continue;
    const due = dueDate(order);
    const first = originalDue(order);
    deliveries.push({
      month: last.slice(0, 7),
      customer: order.customer?.name ?? '',
      late: due === undefined ? undefined : diffDays(due, last),
      lateOriginal: first === undefined ? undefined : diffDays(first, last),
      moved: dateMoved(order),
    });
  }
  return {
    orders: inputs.length,
    overall: group('all', deliveries),
    by_month: grouped(deliveries, (d) => d.month),
    by_customer: grouped(deliveries, (d) => d.customer),
    days_in_state: stateTimes(inputs),
  };
}

function grouped(list: Delivery[], key: (d: Delivery) => string): DeliveryGroup[] {
  const by = new Map<string, Delivery[]>();
  for (const d of list) by.set(key(d), [...(by.get(key(d)) ?? []), d]);
  return [...by.keys()].sort().map((k) => group(k, by.get(k)!));
}

function group(key: string, list: Delivery[]): DeliveryGroup {
  const judged = list.filter((d) => d.late !== undefined);
  const late = judged.filter((d) => d.late! > 0);
  const onTime = judged.length - late.length;
  const judgedFirst = list.filter((d) => d.lateOriginal !== undefined);
  const onTimeFirst = judgedFirst.filter((d) => d.lateOriginal! <= 0).length;
  return {
    key,
    delivered: list.length,
    on_time: onTime,
    late: late.length,
    on_time_rate: judged.length === 0 ? null : round(onTime / judged.length, 4),
    on_time_rate_original: judgedFirst.length === 0 ? null : round(onTimeFirst / judgedFirst.length, 4),
    date_changes: list.filter((d) => d.moved).length,
    average_days_late: late.length === 0 ? null : round(late.reduce((s, d) => s + d.late!, 0) / late.length, 1),
  };
}

/** Time between consecutive history entries, attributed to the state the first one entered. */
function stateTimes(inputs: ReportInput[]): StateTime[] {
  const sums = new Map<Status, { stays: number; days: number }>();
  for (const { order } of inputs) {
    const entries = (order.history ?? [])
      .map((h) => ({ to: h.to, t: h.at === undefined ? NaN : Date.parse(h.at) }))
      .filter((h) => h.to !== undefined && !Number.isNaN(h.t))
      .sort((a, b) => a.t - b.t);
    for (let i = 0; i + 1 < entries.length; i++) {
      const s = sums.get(entries[i]!.to!) ?? { stays: 0, days: 0 };
      s.stays++;
      s.days += (entries[i + 1]!.t - entries[i]!.t) / 86_400_000;
      sums.set(entries[i]!.to!, s);
    }
  }
  return ALL_STATUSES.filter((s) => sums.has(s)).map((state) => ({ state, stays: sums.get(state)!.stays, average_days: round(sums.get(state)!.days / sums.get(state)!.stays, 1) }));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
