// The earliest the goods can reach the customer from where the order stands today: the
// remaining work (open milestones, or lead time from handoff; stock lead time), then the
// buffer in working days and transit in calendar days (facts/delivery.ts `plan`). Goods
// already on the way arrive at their ETA.
import { addDays, isDate, maxDate } from '../calendar/dates.js';
import { plan, type PlanContext } from '../facts/delivery.js';
import { lineFulfilment } from '../facts/fulfilment.js';
import { shipmentsInOrder, unshipped } from '../facts/shipments.js';
import type { Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { effectiveState, stateIndex } from '../workflow/states.js';

export interface Arrival {
  /** Earliest arrival at the customer. */
  date: string;
  /** What holds it back: an open milestone, the lead time, only buffer and transit (goods ready), or goods on the way. */
  limit: 'milestone' | 'lead' | 'ready' | 'transit';
  /** The breakdown, e.g. "qc_passed due 2026-12-12 + 1 buffer + 4 days truck". */
  why: Msg;
}

/** What is still to ship (else the goods on the way). Undefined when everything has been delivered, or the order has nothing to ship. */
export function earliestArrival(order: Order, ctx: PlanContext): Arrival | undefined {
  const shipments = shipmentsInOrder(order);
  const left = unshipped(order, ctx.catalog);
  if (shipments.length > 0 && left.length === 0) return onTheWay(order, ctx);
  // Only what is still to ship counts: the lines (and quantities) already gone are on their way.
  const models = shipments.length > 0 ? left.map((l) => l.model) : (order.lines ?? []).flatMap((l) => (l.model === undefined ? [] : [l.model]));
  if (models.length === 0) return undefined;
  const make = models.filter((m) => lineFulfilment({ model: m }, ctx.catalog) === 'make');
  const stock = models.filter((m) => !make.includes(m));
  const parts = goodsReady(order)
    ? [readySince(order, ctx)]
    : [make.length > 0 ? makeReady(order, make, ctx) : undefined, stock.length > 0 ? stockReady(order, stock, ctx) : undefined];
  const ready = parts.reduce((a, b) => (b === undefined || (a !== undefined && a.date >= b.date) ? a : b))!;
  return ready.limit === 'ready' ? leaveReady(order, ready, ctx) : fromReady(order, ready, ctx);
}

/** When the whole order has arrived: what is still to ship, or goods on the way that come later still. */
export function wholeArrival(order: Order, ctx: PlanContext): Arrival | undefined {
  const rest = earliestArrival(order, ctx);
  const moving = onTheWay(order, ctx);
  return moving !== undefined && (rest === undefined || moving.date > rest.date) ? moving : rest;
}

/** Not ready yet: the ready date, then the buffer in working days, then transit. */
function fromReady(order: Order, ready: Ready, ctx: PlanContext): Arrival {
  const p = plan(order, ctx, ready.date, 0);
  const why: Msg = { id: p.transit > 0 ? 'reports/why/plan' : 'reports/why/plan-no-transit', args: { ready: ready.why, buffer: ctx.config.buffer_days, transit: p.transit, method: methodName(order) } };
  return { date: p.earliest, limit: ready.limit, why };
}

/**
 * Goods ready since a known day: the buffer runs from that day, not from today, so goods
 * ready for longer than the buffer can leave today — the day `ship by` named is still a
 * day they can leave on, and the buffer is never counted a second time.
 */
function leaveReady(order: Order, ready: Ready, ctx: PlanContext): Arrival {
  const earliestShip = ctx.calendar.addWorkdays(ready.date, ctx.config.buffer_days);
  if (earliestShip > ctx.today) return fromReady(order, ready, ctx);
  const transit = plan(order, ctx, ctx.today, 0).transit;
  const date = addDays(ctx.today, transit);
  const why: Msg = { id: transit > 0 ? 'reports/why/leave-today' : 'reports/why/leave-today-no-transit', args: { ready: ready.why, today: ctx.today, transit, method: methodName(order) } };
  return { date, limit: 'ready', why };
}

function methodName(order: Order): Msg | string {
  return order.delivery?.method ? { id: `delivery-infeasible/method-${order.delivery.method}` } : '';
}

interface Ready {
  date: string;
  limit: 'milestone' | 'lead' | 'ready';
  why: Msg;
}

function onTheWay(order: Order, ctx: PlanContext): Arrival | undefined {
  const transit = order.delivery?.method ? ctx.config.logistics[order.delivery.method] : 0;
  let best: { date: string; eta: boolean } | undefined;
  for (const s of order.shipments ?? []) {
    if (s.delivered !== undefined) continue;
    const date = s.eta ?? (s.shipped === undefined ? undefined : addDays(s.shipped, transit));
    if (date !== undefined && (best === undefined || date > best.date)) best = { date, eta: s.eta !== undefined };
  }
  if (!best) return undefined;
  const date = maxDate(best.date, ctx.today)!;
  return { date, limit: 'transit', why: { id: best.eta ? 'reports/why/eta' : 'reports/why/in-transit', args: { date: best.date } } };
}

function startOf(order: Order, today: string): string {
  return order.production?.handoff ?? order.confirmation?.date ?? maxDate(order.ordered, today)!;
}

function leadOf(models: string[], ctx: PlanContext): { days: number; model?: string } {
  let best: { days: number; model?: string } = { days: 0 };
  for (const m of models) {
    const d = ctx.catalog.products.get(m)?.lead_days;
    if (d !== undefined && d > best.days) best = { days: d, model: m };
  }
  return best;
}

function leadReady(order: Order, models: string[], ctx: PlanContext): Ready {
  const start = startOf(order, ctx.today);
  const lead = leadOf(models, ctx);
  const date = maxDate(ctx.calendar.addWorkdays(start, lead.days), ctx.today)!;
  const why: Msg = lead.model ? { id: 'reports/why/lead', args: { start, days: lead.days, model: lead.model } } : { id: 'reports/why/no-lead', args: { start } };
  return { date, limit: 'lead', why };
}

/** Whether the order's state says the goods are ready (`ready` or later). */
function goodsReady(order: Order): boolean {
  const state = effectiveState(order);
  return state !== undefined && stateIndex(state) >= stateIndex('ready');
}

/**
 * Goods ready: since the order entered `ready` (its history), else since the last
 * milestone was done or the stock was checked. Without any of these dates the goods are
 * taken as ready long enough to leave today.
 */
function readySince(order: Order, ctx: PlanContext): Ready {
  let date: string | undefined;
  for (const h of Array.isArray(order.history) ? order.history : []) if (h?.to === 'ready' && typeof h.at === 'string' && isDate(h.at.slice(0, 10))) date = h.at.slice(0, 10);
  date ??= maxDate(...(order.production?.milestones ?? []).map((m) => m.done), order.stock?.checked);
  if (date !== undefined) {
    if (date > ctx.today) date = ctx.today;
    return { date, limit: 'ready', why: { id: 'reports/why/ready', args: { date } } };
  }
  // Undated: a day far enough back for the buffer to have run by today.
  let back = ctx.today;
  for (let i = 0; i < 60 && ctx.calendar.addWorkdays(back, ctx.config.buffer_days) > ctx.today; i++) back = addDays(back, -1);
  return { date: back, limit: 'ready', why: { id: 'reports/why/ready-undated' } };
}

/** Made to order: the open milestones' due dates, else the lead time from handoff. */
function makeReady(order: Order, models: string[], ctx: PlanContext): Ready {
  const milestones = order.production?.milestones ?? [];
  const open = milestones.filter((m) => m.done === undefined);
  if (milestones.length > 0 && open.length === 0) {
    const done = maxDate(...milestones.map((m) => m.done))!;
    const date = done > ctx.today ? ctx.today : done;
    return { date, limit: 'ready', why: { id: 'reports/why/ready', args: { date } } };
  }
  const dated = open.filter((m) => m.due !== undefined).sort((a, b) => (a.due! < b.due! ? 1 : -1));
  if (dated.length === 0) return leadReady(order, models, ctx);
  const last = dated[0]!;
  return { date: maxDate(last.due, ctx.today)!, limit: 'milestone', why: { id: 'reports/why/milestone', args: { name: last.name ?? '?', due: last.due! } } };
}

/** From stock: ready today once checked and of good quality, else after the stock lead time. */
function stockReady(order: Order, models: string[], ctx: PlanContext): Ready {
  if (order.stock?.checked !== undefined && order.stock.quality_ok === true) {
    const date = order.stock.checked > ctx.today ? ctx.today : order.stock.checked;
    return { date, limit: 'ready', why: { id: 'reports/why/ready', args: { date } } };
  }
  return leadReady(order, models, ctx);
}
