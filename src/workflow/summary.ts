// One order summed up for `gendan show` and `gendan list`: amounts, progress, open items.
import { dueDate } from '../facts/delivery.js';
import { depositDue, isDepositPaid, orderTotal, outstanding, paidSum } from '../facts/money.js';
import { orderedByModel } from '../facts/quantity.js';
import { shippedByModel } from '../facts/shipments.js';
import { movedFrom } from '../facts/changes.js';
import type { Change, HistoryEntry, KnownOrder, MainState, Status } from '../model/order.js';
import { checklistFor, type ChecklistContext, type ItemResult } from './checklist.js';
import { effectiveState, isOpen } from './states.js';

export interface OrderSummary {
  order: string;
  file: string;
  status: Status;
  state?: MainState;
  customer: { name?: string; contact?: string; phone?: string };
  sales?: string;
  ordered?: string;
  due?: string;
  dueKind?: 'promised' | 'requested';
  /** The first promise, when the promised date in force was moved later by a recorded change. */
  movedFrom?: { date: string; reason?: string };
  method?: string;
  currency: string;
  total: number;
  paid: number;
  outstanding: number;
  depositDue: number;
  depositPaid: boolean;
  lines: { model: string; quantity: number; unit: string; unit_name?: string; unit_price?: number; amount: number }[];
  shipped: { model: string; ordered: number; shipped: number; unit: string; unit_name?: string }[];
  /** The checklist of the state it is in (none for closed and cancelled orders). */
  items: ItemResult[];
  open: ItemResult[];
  history: HistoryEntry[];
  changes: Change[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function summarize(order: KnownOrder, file: string, ctx: ChecklistContext): OrderSummary {
  const state = effectiveState(order);
  const items = state && isOpen(order.status) ? checklistFor(order, state, ctx) : [];
  const shipped = shippedByModel(order, ctx.catalog);
  /** The catalog's display name of a unit, for the model's own unit. */
  const nameOf = (model: string | undefined, unit: string | undefined) => {
    const p = model === undefined ? undefined : ctx.catalog.products.get(model);
    return p && unit === p.unit ? p.unit_name : undefined;
  };
  const unitOf = (model: string) => ctx.catalog.products.get(model)?.unit ?? order.lines?.find((l) => l.model === model)?.unit ?? '';
  return {
    order: order.id,
    file,
    status: order.status,
    state,
    customer: { name: order.customer?.name, contact: order.customer?.contact, phone: order.customer?.phone },
    sales: order.sales,
    ordered: order.ordered,
    due: dueDate(order),
    dueKind: order.delivery?.promised ? 'promised' : order.delivery?.requested ? 'requested' : undefined,
    movedFrom: movedFrom(order),
    method: order.delivery?.method,
    currency: order.currency ?? 'CNY',
    total: orderTotal(order),
    paid: paidSum(order),
    outstanding: outstanding(order),
    depositDue: depositDue(order),
    depositPaid: isDepositPaid(order),
    lines: (order.lines ?? []).map((l) => ({
      model: l.model ?? '?',
      quantity: l.quantity ?? 0,
      unit: l.unit ?? '',
      unit_name: nameOf(l.model, l.unit),
      unit_price: l.unit_price,
      amount: Math.round((l.quantity ?? 0) * (l.unit_price ?? 0) * 100) / 100,
    })),
    shipped: [...orderedByModel(order, ctx.catalog)].map(([model, q]) => ({ model, ordered: round(q), shipped: round(Math.min(q, shipped.get(model) ?? 0)), unit: unitOf(model), unit_name: nameOf(model, unitOf(model)) })),
    items,
    open: items.filter((r) => !r.met),
    history: order.history ?? [],
    changes: Array.isArray(order.changes) ? order.changes : [],
  };
}
