// The notice an order owes next, for `gendan message <order>` without a node: the oldest
// notice owed (reports/notices.ts), else the contact the current state's checklist waits
// for (confirmed, ship_date). Pure.
import type { PlanContext } from '../facts/delivery.js';
import type { KnownOrder } from '../model/order.js';
import { noticesOwed } from '../reports/notices.js';
import { hasContact } from '../workflow/item.js';
import { effectiveState } from '../workflow/states.js';
import type { MessageNode } from './nodes.js';

export function nextNotice(order: KnownOrder, ctx: PlanContext): MessageNode | undefined {
  // Shipped, production and delay notices are owed from the event; the arrival notice from its day.
  const owed = noticesOwed(order, ctx)
    .map((n) => ({ node: n.node, from: n.node === 'arriving' ? n.due : n.since }))
    .filter((n) => n.from <= ctx.today)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  if (owed.length > 0) return owed[0]!.node;
  if (order.status === 'confirmed' && !hasContact(order, 'confirmed')) return 'confirmed';
  if (order.status === 'preparing' && !hasContact(order, 'ship_date') && effectiveState(order) === 'preparing') return 'ship_date';
  return undefined;
}
