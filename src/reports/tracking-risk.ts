// At risk because of the carrier's tracking (SPEC §7 Import): an undelivered shipment of an
// open order whose last event is `exception` or `returned`, or whose last event is
// `tracking_stale_days` or more days old. Only shipments with events are judged: without
// any, nobody imports its tracking and silence means nothing. `due` is the shipment's
// ETA (else the order's delivery date, else the day tracking went quiet).
import { addDays, diffDays } from '../calendar/dates.js';
import { dueDate } from '../facts/delivery.js';
import type { KnownOrder, TrackingEvent } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { effectiveState, stateIndex } from '../workflow/states.js';
import type { ReportContext } from './row.js';

export interface TrackingRisk {
  what: Msg;
  due: string;
  action: Msg;
}

const instant = (e: TrackingEvent) => (e.at ? Date.parse(e.at) : NaN);

/** The event with the latest time (the last listed among equals). */
export function lastEvent(events: TrackingEvent[]): TrackingEvent | undefined {
  let last: TrackingEvent | undefined;
  for (const e of events) if (e.at && e.status && (!last || instant(e) >= instant(last))) last = e;
  return last;
}

export function trackingRisks(order: KnownOrder, ctx: ReportContext): TrackingRisk[] {
  if (order.status === 'cancelled' || order.status === 'closed') return [];
  const state = effectiveState(order);
  if (state !== undefined && stateIndex(state) >= stateIndex('delivered')) return [];
  const out: TrackingRisk[] = [];
  for (const s of order.shipments ?? []) {
    if (s.delivered) continue;
    const last = lastEvent(s.events ?? []);
    if (!last) continue;
    const date = last.at!.slice(0, 10);
    const tracking = s.tracking ?? '—';
    const action: Msg = { id: 'reports/action/call-carrier', args: { carrier: s.carrier ?? { id: 'reports/carrier-unknown' }, tracking } };
    const quiet = addDays(date, ctx.config.tracking_stale_days);
    const due = s.eta ?? dueDate(order) ?? quiet;
    if (last.status === 'exception' || last.status === 'returned') {
      out.push({ what: { id: 'reports/what/tracking-exception', args: { tracking, status: { id: `tracking/${last.status}` }, date, text: last.text ?? '' } }, due, action });
    } else if (last.status !== 'delivered' && diffDays(quiet, ctx.today) >= 0) {
      out.push({ what: { id: 'reports/what/tracking-stale', args: { tracking, date } }, due, action });
    }
  }
  return out;
}
