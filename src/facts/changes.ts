// Order changes (变更单, `changes`): the value a field held before its first recorded
// change. A promised date moved later is still measured against the first promise.
import { list } from './list.js';
import type { Order } from '../model/order.js';

/** The value `field` had before its first change; `current` when it was never changed. */
export function firstValue(order: Order, field: string, current: string | undefined): string | undefined {
  const first = list(order.changes).find((c) => c?.field === field);
  if (!first) return current;
  return typeof first.from === 'string' ? first.from : undefined;
}

/** The first promised (else requested) date: what the customer was first held to. */
export function originalDue(order: Order): string | undefined {
  return firstValue(order, 'delivery.promised', order.delivery?.promised) ?? firstValue(order, 'delivery.requested', order.delivery?.requested);
}

/** Whether a change moved the promised or requested date. */
export function dateMoved(order: Order): boolean {
  return list(order.changes).some((c) => (c?.field === 'delivery.promised' || c?.field === 'delivery.requested') && c.from !== c.to);
}

/** The first recorded change of the promised date, when the date in force is later than the first promise. */
export function movedFrom(order: Order): { date: string; reason?: string } | undefined {
  const first = list(order.changes).find((c) => c?.field === 'delivery.promised' && typeof c.from === 'string');
  const now = order.delivery?.promised;
  if (!first || now === undefined || !(now > (first.from as string))) return undefined;
  return { date: first.from as string, reason: first.reason };
}
