// `gendan report receivables`: what customers still owe, per customer and currency, aged
// by calendar days past the balance due date (facts/balance-due.ts, the date the overdue
// report's `payment` rows use). Amounts in different currencies are never added together.
import { diffDays } from '../calendar/dates.js';
import { balanceDue } from '../facts/balance-due.js';
import { outstanding } from '../facts/money.js';
import type { KnownOrder } from '../model/order.js';
import type { ReportContext, ReportInput } from './row.js';

/** Fixed bucket ids (SPEC §7): not yet due, 1–30, 31–60, 61–90, more than 90 days past due. */
export const BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Buckets = Record<Bucket, number>;

/** One order's unpaid amount. */
export interface Receivable {
  order: string;
  file: string;
  customer: string;
  currency: string;
  outstanding: number;
  /** The balance due date; undefined while it is not yet known (nothing shipped or delivered). */
  due?: string;
  /** Today minus `due` in calendar days; undefined without a due date. */
  days_past_due?: number;
  bucket: Bucket;
}

export interface ReceivablesRow {
  customer: string;
  currency: string;
  /** The contact and phone of the customer's latest order that names them. */
  contact: string | null;
  phone: string | null;
  orders: number;
  outstanding: number;
  buckets: Buckets;
  /** The unpaid order that fell due first (else the earliest ordered). */
  oldest: { order: string; due: string | null; days_past_due: number | null };
}

export interface ReceivablesTotal {
  currency: string;
  orders: number;
  outstanding: number;
  buckets: Buckets;
}

export interface Receivables {
  rows: ReceivablesRow[];
  /** One per currency, in the rows' currency order. */
  totals: ReceivablesTotal[];
}

export function bucketOf(days: number | undefined): Bucket {
  if (days === undefined || days <= 0) return 'not_due';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'd90_plus';
}

/** Every order (cancelled ones aside) with something left to pay. */
export function receivableItems(inputs: ReportInput[], ctx: ReportContext): Receivable[] {
  const out: Receivable[] = [];
  for (const { order, file } of inputs) {
    if (order.status === 'cancelled') continue;
    const owed = outstanding(order);
    if (owed <= 0) continue;
    const due = balanceDue(order);
    const days = due === undefined ? undefined : diffDays(due, ctx.today);
    out.push({ order: order.id, file, customer: order.customer?.name ?? '', currency: order.currency ?? 'CNY', outstanding: owed, due, days_past_due: days, bucket: bucketOf(days) });
  }
  return out;
}

const cents = (x: number) => Math.round(x * 100);
const emptyBuckets = (): Buckets => ({ not_due: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 });
const overdueSum = (b: Buckets) => b.d1_30 + b.d31_60 + b.d61_90 + b.d90_plus;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Acc {
  customer: string;
  currency: string;
  cents: Buckets;
  items: Receivable[];
}

export function receivables(inputs: ReportInput[], ctx: ReportContext): Receivables {
  const byOrder = new Map(inputs.map((i) => [i.file, i.order]));
  const groups = new Map<string, Acc>();
  for (const item of receivableItems(inputs, ctx)) {
    const key = `${item.currency}\0${item.customer}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { customer: item.customer, currency: item.currency, cents: emptyBuckets(), items: [] }));
    g.cents[item.bucket] += cents(item.outstanding);
    g.items.push(item);
  }
  const contacts = contactsByCustomer(inputs.map((i) => i.order));
  const rows = [...groups.values()].map((g): ReceivablesRow => {
    const buckets = fromCents(g.cents);
    const oldest = [...g.items].sort((a, b) => cmp(a.due ?? '9999', b.due ?? '9999') || cmp(byOrder.get(a.file)?.ordered ?? '', byOrder.get(b.file)?.ordered ?? '') || cmp(a.order, b.order))[0]!;
    const c = contacts.get(g.customer);
    return {
      customer: g.customer,
      currency: g.currency,
      contact: c?.contact ?? null,
      phone: c?.phone ?? null,
      orders: g.items.length,
      outstanding: sumBuckets(g.cents),
      buckets,
      oldest: { order: oldest.order, due: oldest.due ?? null, days_past_due: oldest.days_past_due ?? null },
    };
  });
  // Currency by currency; within one, the most overdue money first.
  rows.sort((a, b) => cmp(a.currency, b.currency) || overdueSum(b.buckets) - overdueSum(a.buckets) || b.outstanding - a.outstanding || cmp(a.customer, b.customer));
  return { rows, totals: totalsOf(rows) };
}

function totalsOf(rows: ReceivablesRow[]): ReceivablesTotal[] {
  const by = new Map<string, { orders: number; cents: Buckets }>();
  for (const r of rows) {
    let t = by.get(r.currency);
    if (!t) by.set(r.currency, (t = { orders: 0, cents: emptyBuckets() }));
    t.orders += r.orders;
    for (const b of BUCKETS) t.cents[b] += cents(r.buckets[b]);
  }
  return [...by.entries()].map(([currency, t]) => ({ currency, orders: t.orders, outstanding: sumBuckets(t.cents), buckets: fromCents(t.cents) }));
}

function fromCents(c: Buckets): Buckets {
  const out = emptyBuckets();
  for (const b of BUCKETS) out[b] = c[b] / 100;
  return out;
}

function sumBuckets(c: Buckets): number {
  let s = 0;
  for (const b of BUCKETS) s += c[b];
  return s / 100;
}

/** Whom to call: the contact of the customer's most recently ordered order that names one. */
function contactsByCustomer(orders: KnownOrder[]): Map<string, { contact: string | null; phone: string | null; ordered: string }> {
  const out = new Map<string, { contact: string | null; phone: string | null; ordered: string }>();
  for (const o of orders) {
    const c = o.customer;
    if (!c?.contact && !c?.phone) continue;
    const name = c.name ?? '';
    const ordered = o.ordered ?? '';
    const known = out.get(name);
    if (known && known.ordered >= ordered) continue;
    out.set(name, { contact: c.contact ?? null, phone: c.phone ?? null, ordered });
  }
  return out;
}
