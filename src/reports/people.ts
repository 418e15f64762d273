// Who to talk to and what to name in a row's action: the customer's contact, a shipment's
// carrier and waybill. Small message builders shared by the reports.
import { listMsg, quantityMsg } from '../util/vocab.js';
import type { Order, Shipment } from '../model/order.js';
import type { Msg } from '../model/problem.js';

/** "王经理 (+86 574 8888 1234)", else the contact or the customer's name alone. */
export function who(order: Order): Msg {
  const name = order.customer?.contact ?? order.customer?.name ?? '';
  const phone = order.customer?.phone;
  return phone ? { id: 'reports/who-phone', args: { name, phone } } : { id: 'reports/who', args: { name } };
}

/** "德邦物流 waybill DPK702611130342", or the shipment by its date when it has no waybill. */
export function shipmentRef(s: Shipment, method?: string): Msg {
  const carrier: Msg | string = s.carrier ?? { id: 'reports/the-carrier' };
  // The number is a bill of lading (提单号) by sea and an air waybill by air.
  const kind = method === 'sea' ? '-sea' : method === 'air' ? '-air' : '';
  if (s.tracking) return { id: `reports/waybill${kind}`, args: { carrier, tracking: s.tracking } };
  return { id: 'reports/shipment-of', args: { shipped: s.shipped ?? '?' } };
}

/** "XK-200 4 box, LX4 150 pcs" / "XK-200 4 箱、LX4 150 件": what is still to ship (facts/shipments.ts `toShip`). */
export function quantities(list: { model: string; remaining: number; unit: string }[]): Msg {
  return listMsg(list.map(({ model, remaining, unit }) => quantityMsg(model, remaining, unit)));
}

/** The day the order was put on hold (from the history entry that did it). */
export function heldSince(order: Order): string | undefined {
  const history = order.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.to === 'on_hold') return history[i]!.at?.slice(0, 10);
  return undefined;
}

export { amount } from '../facts/money.js';

/** The same message with every amount written without thousands separators. */
export function plainAmounts(msg: Msg): Msg {
  if (msg.id === 'reports/money') return { id: 'reports/money-plain', args: msg.args };
  if (!msg.args) return msg;
  const args: NonNullable<Msg['args']> = {};
  for (const [k, v] of Object.entries(msg.args)) args[k] = typeof v === 'object' ? plainAmounts(v) : v;
  return { id: msg.id, args };
}
