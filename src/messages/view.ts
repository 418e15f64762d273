// The facts a message quotes, as template variables (messages/variables.ts), computed from
// the order in the customer's language. A fact the order lacks is left undefined: the
// template decides whether it needs it. Pure.
import { addDays, maxDate } from '../calendar/dates.js';
import { dueDate, shipsAtHandover, type PlanContext } from '../facts/delivery.js';
import { depositDue, isDepositPaid, orderTotal, outstanding, paidSum } from '../facts/money.js';
import { lastDelivery, shippedByModel, shipmentsInOrder, unshipped } from '../facts/shipments.js';
import type { Lang } from '../model/config.js';
import type { KnownOrder, Shipment } from '../model/order.js';
import { earliestArrival } from '../reports/arrival.js';
import { delayEvents, noticesOwed, told, type DelayEvent } from '../reports/notices.js';
import type { MessageNode } from './nodes.js';
import { amountText, batchText, dateText, depositLabel, goodsText, issueText, methodText, orderGoods, quantityText, productText, trackingLabel, type GoodsLine } from './words.js';

export type Value = string | boolean | undefined;
export type View = Record<string, Value>;

export interface ViewOptions {
  company?: string;
  lang: Lang;
}

export function messageView(order: KnownOrder, node: MessageNode, ctx: PlanContext, opts: ViewOptions): View {
  const { lang } = opts;
  const date = (d: string | undefined) => (d === undefined ? undefined : dateText(d, lang, ctx.today));
  const currency = order.currency ?? 'CNY';
  const money = (n: number) => amountText(n, currency, lang);
  const po = order.customer_po;
  const method = order.delivery?.method;
  const total = orderTotal(order);
  const deposit = depositDue(order);
  const shipBy = shipsAtHandover(order);
  const view: View = {
    order: order.id,
    po,
    ref: lang === 'zh' ? (po ? `贵司订单 ${po}（我方订单号 ${order.id}）` : `订单 ${order.id}`) : po ? `your PO ${po} (our order ${order.id})` : `our order ${order.id}`,
    customer: order.customer?.name,
    contact: order.customer?.contact ?? order.customer?.name,
    company: opts.company,
    sales: order.sales,
    goods: goodsText(orderGoods(order), ctx.catalog, lang) || undefined,
    total: total > 0 ? money(total) : undefined,
    currency,
    due_date: date(dueDate(order)),
    ship_terms: shipBy,
    incoterm: order.delivery?.incoterm,
    method: method === undefined ? undefined : methodText(method, lang),
    pickup: method === 'pickup',
    address: order.delivery?.address,
    recipient: order.delivery?.recipient,
    phone: order.delivery?.phone,
    deposit: deposit > 0 ? money(deposit) : undefined,
    deposit_percent: order.payment?.deposit_percent === undefined ? undefined : String(order.payment.deposit_percent),
    deposit_label: depositLabel(order.payment?.deposit_kind, lang),
    deposit_paid: deposit > 0 && isDepositPaid(order),
    started: date(startedOn(order)),
    tracking_label: trackingLabel(method, lang),
    ...plannedDates(order, ctx, date),
    ...shipmentFacts(order, node, ctx, lang, date),
    ...delayFacts(order, lang, date, ctx.today),
    balance: outstanding(order) > 0 ? money(outstanding(order)) : undefined,
    balance_due: balanceDue(order, lang, date),
    paid: money(paidSum(order)),
  };
  return view;
}

/** The `production_started` milestone's done date; without one, handoff. */
function startedOn(order: KnownOrder): string | undefined {
  const m = order.production?.milestones?.find((x) => x.name === 'production_started');
  return m ? m.done : order.production?.handoff;
}

/** The expected ship date and arrival, from where the order stands (reports/arrival.ts). */
function plannedDates(order: KnownOrder, ctx: PlanContext, date: (d?: string) => string | undefined): View {
  const list = order.shipments ?? [];
  if (list.length > 0 && unshipped(order, ctx.catalog).length === 0) {
    // Everything has left: the dates are the shipments' own.
    const last = maxDate(...list.map((s) => s.shipped));
    return { ship_date: date(last), arrival: shipsAtHandover(order) ? undefined : date(maxDate(...list.map((s) => s.delivered ?? s.eta))) };
  }
  const a = earliestArrival(order, ctx);
  if (!a || a.limit === 'transit') return {};
  const transit = order.delivery?.method && !shipsAtHandover(order) ? ctx.config.logistics[order.delivery.method] : 0;
  return { ship_date: date(addDays(a.date, -transit)), arrival: shipsAtHandover(order) ? undefined : date(a.date) };
}

/** The shipment a node speaks of: the batch owed a notice first, else the latest that fits. */
function pickShipment(order: KnownOrder, node: MessageNode, ctx: PlanContext): number | undefined {
  const list = order.shipments ?? [];
  const owed = noticesOwed(order, ctx).find((n) => n.node === node && n.shipment !== undefined);
  if (owed) return owed.shipment;
  const byDate = shipmentsInOrder(order);
  const fits = (s: Shipment) => (node === 'delivered' || node === 'follow_up' ? s.delivered !== undefined : node === 'arriving' ? s.delivered === undefined : true);
  const last = [...byDate].reverse().find(fits) ?? (node === 'arriving' ? byDate[byDate.length - 1] : undefined);
  return last === undefined ? undefined : list.indexOf(last);
}

function shipmentFacts(order: KnownOrder, node: MessageNode, ctx: PlanContext, lang: Lang, date: (d?: string) => string | undefined): View {
  const index = pickShipment(order, node, ctx);
  if (index === undefined) return { partial: false };
  const list = order.shipments!;
  const s = list[index]!;
  const byDate = shipmentsInOrder(order);
  const n = byDate.indexOf(s) + 1;
  const left = unshipped(order, ctx.catalog);
  const partial = list.length > 1 || left.length > 0;
  const pickup = order.delivery?.method === 'pickup';
  return {
    shipped: date(s.shipped),
    partial,
    batch: partial ? batchText(n, lang) : undefined,
    items: goodsText(shipmentGoods(order, s, byDate, ctx), ctx.catalog, lang) || undefined,
    remaining: left.length === 0 ? undefined : left.map((l) => remainingText(l, order, ctx, lang)).join(lang === 'zh' ? '、' : ', '),
    carrier: s.carrier ?? (pickup ? undefined : order.delivery?.carrier),
    tracking: s.tracking,
    eta: date(s.eta),
    vessel: s.vessel,
    delivered: date(node === 'follow_up' ? (lastDelivery(order) ?? s.delivered) : s.delivered),
  };
}

/** What the shipment carried: its `items`, else all that remained when it left. */
function shipmentGoods(order: KnownOrder, s: Shipment, byDate: Shipment[], ctx: PlanContext): GoodsLine[] {
  if (s.items !== undefined) return s.items.flatMap((i) => (i.model === undefined || i.quantity === undefined ? [] : [{ model: i.model, quantity: i.quantity, unit: i.unit ?? order.lines?.find((l) => l.model === i.model)?.unit }]));
  const earlier = byDate.slice(0, byDate.indexOf(s));
  if (earlier.length === 0) return orderGoods(order);
  const before = shippedByModel({ ...order, shipments: earlier }, ctx.catalog);
  const all = unshipped({ ...order, shipments: [] }, ctx.catalog);
  return all.flatMap((l) => {
    const q = l.remaining - (before.get(l.model) ?? 0);
    return q > 1e-9 ? [{ model: l.model, quantity: q, unit: ctx.catalog.products.get(l.model)?.unit }] : [];
  });
}

function remainingText(l: { model: string; remaining: number }, order: KnownOrder, ctx: PlanContext, lang: Lang): string {
  const unit = ctx.catalog.products.get(l.model)?.unit ?? order.lines?.find((x) => x.model === l.model)?.unit;
  const name = productText(l.model, ctx.catalog, lang);
  const qty = quantityText(l.remaining, unit, lang);
  return lang === 'zh' ? `${name} ${qty}` : `${qty} of ${name}`;
}

/** The delay the customer has not heard of yet (else the latest): what, the dates, what is done. */
function delayFacts(order: KnownOrder, lang: Lang, date: (d?: string) => string | undefined, today: string): View {
  const events = delayEvents(order);
  const e: DelayEvent | undefined = events.find((x) => !told(order, 'delay', x.date)) ?? events[events.length - 1];
  if (!e) return {};
  if (e.change) return { delay_what: e.change.reason, old_date: date(e.change.from), new_date: date(e.change.to) };
  const cause = e.issue!.cause;
  const what = issueText(e.issue!.kind, lang) + (cause ? (lang === 'zh' ? `（${cause}）` : ` (${cause})`) : '');
  // The new date is an ETA still ahead; a passed one says nothing new.
  const eta = maxDate(...(order.shipments ?? []).filter((s) => s.delivered === undefined).map((s) => s.eta));
  return { delay_what: what, new_date: eta !== undefined && eta >= today ? date(eta) : undefined, delay_action: e.issue!.action };
}

/** "发货前" / "before shipment", or the date the balance falls due once delivered. */
function balanceDue(order: KnownOrder, lang: Lang, date: (d?: string) => string | undefined): string | undefined {
  const terms = order.payment?.balance;
  if (terms === undefined) return undefined;
  if (terms === 'before_shipment') return lang === 'zh' ? '发货前' : 'before shipment';
  const delivered = lastDelivery(order);
  const days = terms === 'days_after_delivery' ? (order.payment?.balance_days ?? 0) : 0;
  if (delivered !== undefined) return lang === 'zh' ? date(addDays(delivered, days)) : `by ${date(addDays(delivered, days))}`;
  if (days === 0) return lang === 'zh' ? '货到时' : 'on delivery';
  return lang === 'zh' ? `签收后 ${days} 天内` : `within ${days} days of delivery`;
}
