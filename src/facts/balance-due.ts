// When the balance of an order falls due (SPEC §5, kind `payment`): `on_delivery` on the
// last delivery, `days_after_delivery` that many calendar days later, `before_shipment` on
// the first shipment (it gates shipping, so it is owed once goods leave). Undefined while
// the event has not happened, and for an order without payment terms.
import { addDays } from '../calendar/dates.js';
import type { Order } from '../model/order.js';
import { firstShipment, lastDelivery } from './shipments.js';

export function balanceDue(order: Order): string | undefined {
  const terms = order.payment?.balance;
  if (terms === 'before_shipment') return firstShipment(order)?.shipped;
  if (terms !== 'on_delivery' && terms !== 'days_after_delivery') return undefined;
  const delivered = lastDelivery(order);
  if (delivered === undefined) return undefined;
  return terms === 'days_after_delivery' ? addDays(delivered, order.payment?.balance_days ?? 0) : delivered;
}
