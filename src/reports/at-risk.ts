// `gendan report at-risk`: open orders not late yet that may miss their date (SPEC §5):
// due within `at_risk_days` working days and not shipped, or unable to arrive in time
// from where they stand. One row per order; `due` is the delivery date (promised, else
// requested) and `days_late` is ≤ 0: minus the calendar days left.
import { addDays, diffDays } from '../calendar/dates.js';
import { dueDate, shipsAtHandover } from '../facts/delivery.js';
import { toShip, unshipped } from '../facts/shipments.js';
import type { KnownOrder } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { effectiveState, stateIndex, stateName } from '../workflow/states.js';
import { wholeArrival } from './arrival.js';
import { trackingRisks } from './tracking-risk.js';
import { heldSince, quantities, who } from './people.js';
import { byLateness, rowBase, type Kind, type ReportContext, type ReportInput, type ReportRow } from './row.js';

export function atRisk(inputs: ReportInput[], ctx: ReportContext): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const input of inputs) {
    const row = risk(input.order, ctx);
    if (row) rows.push({ ...rowBase(input), ...row, days_late: diffDays(row.due, ctx.today) });
    for (const r of trackingRisks(input.order, ctx)) rows.push({ ...rowBase(input), kind: 'shipment', ...r, days_late: diffDays(r.due, ctx.today) });
  }
  return rows.sort(byLateness);
}

function risk(order: KnownOrder, ctx: ReportContext): { kind: Kind; what: Msg; due: string; action: Msg } | undefined {
  if (order.status === 'cancelled' || order.status === 'closed') return undefined;
  const state = effectiveState(order);
  const due = dueDate(order);
  // Late orders belong to the overdue report; delivered ones have arrived.
  if (state === undefined || due === undefined || due < ctx.today || stateIndex(state) >= stateIndex('delivered')) return undefined;
  // Under a ship-by term (FOB, CIF, …) the date counts to the ship date: once shipped, it is met.
  const shipBy = shipsAtHandover(order);
  if (shipBy && !notShipped(order, ctx)) return undefined;
  const basis: Msg = { id: `reports/basis/${order.delivery?.promised ? 'promised' : 'requested'}${shipBy ? '-ship' : ''}` };
  const arrival = wholeArrival(order, ctx);
  let out: { kind: Kind; what: Msg; due: string; action: Msg } | undefined;
  if (arrival && arrival.date > due) {
    const kind: Kind = arrival.limit === 'milestone' ? 'milestone' : arrival.limit === 'transit' ? 'shipment' : 'delivery';
    const what: Msg = { id: shipBy ? 'reports/what/cannot-ship' : 'reports/what/cannot-make', args: { arrival: arrival.date, basis, due, why: arrival.why } };
    const action: Msg =
      kind === 'milestone'
        ? { id: 'reports/action/risk-milestone', args: { who: who(order) } }
        : kind === 'shipment'
          ? { id: 'reports/action/risk-transit', args: { who: who(order), arrival: arrival.date } }
          : { id: arrival.limit === 'ready' ? 'reports/action/risk-ship' : 'reports/action/risk-lead', args: { who: who(order) } };
    out = { kind, what, due, action };
  } else if (notShipped(order, ctx) && due <= ctx.calendar.addWorkdays(ctx.today, ctx.config.at_risk_days)) {
    // Part shipped: name what is still to go, never "the goods have not shipped".
    const part = (order.shipments ?? []).length > 0;
    const what: Msg = part
      ? { id: 'reports/what/due-soon-part', args: { basis, due, state: stateName(state), list: quantities(toShip(order, ctx.catalog)) } }
      : { id: 'reports/what/due-soon', args: { basis, due, state: stateName(state) } };
    const lastDay = latestShipDay(order, due, ctx);
    const action: Msg = lastDay >= ctx.today ? { id: shipBy ? 'reports/action/ship-by-term' : 'reports/action/ship-by', args: { date: lastDay, due } } : { id: 'reports/action/risk-lead', args: { who: who(order) } };
    out = { kind: 'delivery', what, due, action };
  }
  // A held order is not being worked on: no advice to ship, ship faster or speed up.
  if (out && order.status === 'on_hold') {
    out.what = { id: 'reports/held', args: { what: out.what, since: heldSince(order) ?? '?' } };
    out.action = { id: 'reports/action/risk-held', args: { who: who(order), order: order.id } };
  }
  return out;
}

function notShipped(order: KnownOrder, ctx: ReportContext): boolean {
  return (order.shipments ?? []).length === 0 || unshipped(order, ctx.catalog).length > 0;
}

/** The last working day on which the goods can leave and still arrive by `due`. */
function latestShipDay(order: KnownOrder, due: string, ctx: ReportContext): string {
  const transit = order.delivery?.method && !shipsAtHandover(order) ? ctx.config.logistics[order.delivery.method] : 0;
  let d = addDays(due, -transit);
  for (let i = 0; i < 60 && !ctx.calendar.isWorkday(d); i++) d = addDays(d, -1);
  return d;
}
