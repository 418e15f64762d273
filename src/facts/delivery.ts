// When an order can arrive at the earliest (SPEC §3): start, + the largest lead time of its
// lines in working days, + the buffer in working days, + transit in calendar days.
import type { Calendar } from '../calendar/calendar.js';
import { addDays, maxDate } from '../calendar/dates.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Method, Order } from '../model/order.js';

/**
 * Incoterms under which the seller's duty ends when the goods are handed to the carrier:
 * the promised (else requested) date is then the ship-by date (装运期), not an arrival.
 */
export const SHIP_TERMS: readonly string[] = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP'];

/** Whether the order's date is a ship-by date (SHIP_TERMS); DAP, DPU, DDP and none keep arrival. */
export function shipsAtHandover(order: Order): boolean {
  const term = order.delivery?.incoterm;
  return typeof term === 'string' && SHIP_TERMS.includes(term);
}

/** The date the customer holds us to: promised, else requested. */
export function dueDate(order: Order): string | undefined {
  return order.delivery?.promised ?? order.delivery?.requested;
}

export interface Feasibility {
  start: string;
  /** Why the count starts there: the confirmation, the order date or today. */
  startKind: 'confirmed' | 'ordered' | 'today';
  leadDays: number;
  /** The model with the largest lead time, if any line has one. */
  leadModel?: string;
  ready: string;
  buffer: number;
  ship: string;
  method?: Method;
  transit: number;
  earliest: string;
}

/** The largest lead_days among the order's lines, and its model. */
export function leadTime(order: Order, catalog: Catalog): { days: number; model?: string } {
  let days = 0;
  let model: string | undefined;
  for (const line of order.lines ?? []) {
    const p = line.model === undefined ? undefined : catalog.products.get(line.model);
    if (p?.lead_days !== undefined && (model === undefined || p.lead_days > days)) {
      days = p.lead_days;
      model = p.model;
    }
  }
  return { days, model };
}

export interface PlanContext {
  config: Config;
  catalog: Catalog;
  calendar: Calendar;
  today: string;
}

/** Goods ready after `leadDays` working days from `start`, then buffer and transit. */
export function plan(order: Order, ctx: PlanContext, start: string, leadDays: number): { ready: string; ship: string; transit: number; earliest: string } {
  const ready = ctx.calendar.addWorkdays(start, leadDays);
  const ship = ctx.calendar.addWorkdays(ready, ctx.config.buffer_days);
  const method = order.delivery?.method;
  // Under a ship-by term the customer's date is met when the goods leave: no transit.
  const transit = method === undefined || shipsAtHandover(order) ? 0 : ctx.config.logistics[method];
  return { ready, ship, transit, earliest: addDays(ship, transit) };
}

export function earliestFeasible(order: Order, ctx: PlanContext): Feasibility | undefined {
  const confirmed = order.confirmation?.date;
  let start: string;
  let startKind: Feasibility['startKind'];
  if (confirmed !== undefined) {
    start = confirmed;
    startKind = 'confirmed';
  } else if (order.ordered !== undefined) {
    start = maxDate(order.ordered, ctx.today)!;
    startKind = start === order.ordered ? 'ordered' : 'today';
  } else {
    return undefined;
  }
  const lead = leadTime(order, ctx.catalog);
  const p = plan(order, ctx, start, lead.days);
  return {
    start,
    startKind,
    leadDays: lead.days,
    leadModel: lead.model,
    ready: p.ready,
    buffer: ctx.config.buffer_days,
    ship: p.ship,
    method: order.delivery?.method,
    transit: p.transit,
    earliest: p.earliest,
  };
}
