// One order summed up for `gendan show` and `gendan list`: amounts, progress, open items.
import { dueDate } from '../facts/delivery.js';
import { depositDue, isDepositPaid, lineCents, orderTotal, outstanding, paidSum } from '../facts/money.js';
import { orderedByModel, quantityIn } from '../facts/quantity.js';
import type { Msg } from '../model/problem.js';
import { shippedByModel } from '../facts/shipments.js';
import { movedFrom } from '../facts/changes.js';
import type { Change, HistoryEntry, KnownOrder, MainState, Status, TrackingEvent } from '../model/order.js';
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
  /** How the money paid up front is called: 定金 (deposit) or 预付款 (advance, the default). */
  depositKind: 'deposit' | 'advance';
  /** `shown`: the quantity as the order used it, with the model's own unit in brackets when converted. */
  lines: { model: string; quantity: number; unit: string; unit_name?: string; shown?: Msg; unit_price?: number; amount: number }[];
  shipped: { model: string; ordered: number; shipped: number; unit: string; unit_name?: string }[];
  /** The checklist of the state it is in (none for closed and cancelled orders). */
  items: ItemResult[];
  open: ItemResult[];
  history: HistoryEntry[];
  changes: Change[];
  /** Tracking events per shipment that has any (`gendan import tracking`). */
  tracking?: { tracking: string; carrier?: string; events: TrackingEvent[] }[];
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
    depositKind: order.payment?.deposit_kind === 'deposit' ? 'deposit' : 'advance',
    lines: (order.lines ?? []).map((l) => ({
      model: l.model ?? '?',
      quantity: l.quantity ?? 0,
      unit: l.unit ?? '',
      unit_name: nameOf(l.model, l.unit),
      shown: quantityIn(ctx.catalog, l.model, l.quantity ?? 0, l.unit),
      unit_price: l.unit_price,
      amount: typeof l.quantity === 'number' && typeof l.unit_price === 'number' ? Number(lineCents(l.quantity, l.unit_price)) / 100 : 0,
    })),
    shipped: [...orderedByModel(order, ctx.catalog)].map(([model, q]) => ({ model, ordered: round(q), shipped: round(shipped.get(model) ?? 0), unit: unitOf(model), unit_name: nameOf(model, unitOf(model)) })),
    items,
    open: items.filter((r) => !r.met),
    history: order.history ?? [],
    changes: Array.isArray(order.changes) ? order.changes : [],
    ...tracked(order),
  };
}

function tracked(order: KnownOrder): Pick<OrderSummary, 'tracking'> {
  const tracking = (order.shipments ?? [])
    .filter((s) => (s.events ?? []).length > 0)
    .map((s) => ({ tracking: s.tracking ?? '—', ...(s.carrier ? { carrier: s.carrier } : {}), events: s.events! }));
  return tracking.length > 0 ? { tracking } : {};
}
