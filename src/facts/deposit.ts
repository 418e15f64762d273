// The deposit (or advance payment) once the order has moved past `confirmed`: a forced
// advance may waive the checklist item, but the money is still owed. It falls due on the
// day the order left `confirmed` (its history), else on the last fact of that state.
import { isDate } from '../calendar/dates.js';
import { STATES, type Order } from '../model/order.js';
import { depositCents, paidCents, unpricedLines } from './money.js';

const CONFIRMED = STATES.indexOf('confirmed');

/** The deposit still owed, in cents: 0 without a deposit, once paid, or while prices are missing. */
export function depositShortCents(order: Order): bigint {
  if (!((order.payment?.deposit_percent ?? 0) > 0) || unpricedLines(order).length > 0) return 0n;
  const short = depositCents(order) - paidCents(order);
  return short > 0n ? short : 0n;
}

/**
 * The day the order first moved to a state after `confirmed` (the `at` of that history
 * entry, as written); without such an entry, `production.handoff`, else the confirmation.
 */
export function leftConfirmed(order: Order): string | undefined {
  for (const h of Array.isArray(order.history) ? order.history : []) {
    const to = STATES.indexOf(h?.to as (typeof STATES)[number]);
    if (to > CONFIRMED && typeof h.at === 'string' && isDate(h.at.slice(0, 10))) return h.at.slice(0, 10);
  }
  return order.production?.handoff ?? order.confirmation?.date;
}

/** Whether a forced transition waived the deposit item. */
export function depositWaived(order: Order): boolean {
  return (Array.isArray(order.history) ? order.history : []).some((h) => Array.isArray(h?.waived) && h.waived.includes('deposit_received'));
}
