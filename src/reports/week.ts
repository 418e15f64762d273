// `gendan report week`: the weekly report to the sales manager, one row per salesperson —
// what came in, moved and was paid in the seven days from `from`, what is late now, and
// which promised dates were moved that week (from the orders' `changes`).
import { addDays, weekday } from '../calendar/dates.js';
import { orderTotal } from '../facts/money.js';
import type { KnownOrder } from '../model/order.js';
import { overdue } from './overdue.js';
import type { ReportContext, ReportInput } from './row.js';

/** Money in one currency; a list of these keeps currencies apart. */
export interface Amount {
  currency: string;
  amount: number;
}

export interface WeekRow {
  /** The salesperson ('' when the orders name none). */
  sales: string;
  new_orders: number;
  new_amount: Amount[];
  /** Orders confirmed, with a shipment that left, with a shipment signed for, that week. */
  confirmed: number;
  shipped: number;
  delivered: number;
  /** Payments dated that week. */
  collected: Amount[];
  /** Orders late for delivery today. */
  late_now: number;
  /** `changes` of `delivery.promised` dated that week. */
  date_changes: number;
}

export interface DateChange {
  order: string;
  file: string;
  customer: string;
  sales: string;
  date: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

export interface LateOrder {
  order: string;
  file: string;
  customer: string;
  sales: string;
  due: string;
  days_late: number;
}

export interface Week {
  from: string;
  /** The week's last day: from + 6. */
  to: string;
  rows: WeekRow[];
  total: WeekRow;
  changes: DateChange[];
  late: LateOrder[];
}

/** Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Acc {
  row: WeekRow;
  newCents: Map<string, number>;
  paidCents: Map<string, number>;
}

function blank(sales: string): Acc {
  return { row: { sales, new_orders: 0, new_amount: [], confirmed: 0, shipped: 0, delivered: 0, collected: [], late_now: 0, date_changes: 0 }, newCents: new Map(), paidCents: new Map() };
}

const add = (m: Map<string, number>, currency: string, amount: number) => m.set(currency, (m.get(currency) ?? 0) + Math.round(amount * 100));
const amounts = (m: Map<string, number>): Amount[] =>
  [...m.entries()].filter(([, c]) => c !== 0).sort((a, b) => cmp(a[0], b[0])).map(([currency, c]) => ({ currency, amount: c / 100 }));

export function week(inputs: ReportInput[], ctx: ReportContext, from = mondayOf(ctx.today)): Week {
  const to = addDays(from, 6);
  const within = (d: string | undefined) => d !== undefined && d >= from && d <= to;
  const people = new Map<string, Acc>();
  const all = blank('');
  const accs = (order: KnownOrder): Acc[] => {
    const sales = order.sales ?? '';
    let a = people.get(sales);
    if (!a) people.set(sales, (a = blank(sales)));
    return [a, all];
  };
  const changes: DateChange[] = [];
  for (const { order, file } of inputs) {
    const currency = order.currency ?? 'CNY';
    const counts = {
      new_orders: within(order.ordered),
      confirmed: within(confirmedOn(order)),
      shipped: (order.shipments ?? []).some((s) => within(s.shipped)),
      delivered: (order.shipments ?? []).some((s) => within(s.delivered)),
    };
    const paid = (order.payments ?? []).filter((p) => within(p.date));
    const moved = (order.changes ?? []).filter((c) => c.field === 'delivery.promised' && within(c.date));
    if (!counts.new_orders && !counts.confirmed && !counts.shipped && !counts.delivered && paid.length === 0 && moved.length === 0) continue;
    for (const a of accs(order)) {
      if (counts.new_orders) {
        a.row.new_orders++;
        add(a.newCents, currency, orderTotal(order));
      }
      if (counts.confirmed) a.row.confirmed++;
      if (counts.shipped) a.row.shipped++;
      if (counts.delivered) a.row.delivered++;
      for (const p of paid) add(a.paidCents, currency, p.amount ?? 0);
      a.row.date_changes += moved.length;
    }
    for (const c of moved) {
      changes.push({ order: order.id, file, customer: order.customer?.name ?? '', sales: order.sales ?? '', date: c.date!, from: text(c.from), to: text(c.to), reason: c.reason ?? null });
    }
  }
  const late = lateOrders(inputs, ctx);
  const byFile = new Map(inputs.map((i) => [i.file, i.order]));
  for (const l of late) for (const a of accs(byFile.get(l.file)!)) a.row.late_now++;
  const rows = [...people.values()].map(finish).sort((a, b) => (a.sales === '' ? 1 : b.sales === '' ? -1 : cmp(a.sales, b.sales)));
  changes.sort((a, b) => cmp(a.date, b.date) || cmp(a.order, b.order));
  return { from, to, rows, total: finish(all), changes, late };
}

function finish(a: Acc): WeekRow {
  return { ...a.row, new_amount: amounts(a.newCents), collected: amounts(a.paidCents) };
}

/** The confirmation date, else the day a history entry moved the order to `confirmed`. */
function confirmedOn(order: KnownOrder): string | undefined {
  if (order.confirmation?.date !== undefined) return order.confirmation.date;
  return order.history?.find((h) => h.to === 'confirmed' && h.at !== undefined)?.at!.slice(0, 10);
}

const text = (v: string | number | null | undefined) => (v === undefined || v === null ? null : String(v));

/** Orders with a `delivery` row in today's overdue report, most late first. */
function lateOrders(inputs: ReportInput[], ctx: ReportContext): LateOrder[] {
  const sales = new Map(inputs.map((i) => [i.file, i.order.sales ?? '']));
  return overdue(inputs, ctx)
    .filter((r) => r.kind === 'delivery')
    .map((r) => ({ order: r.order, file: r.file, customer: r.customer, sales: sales.get(r.file) ?? '', due: r.due, days_late: r.days_late }));
}
