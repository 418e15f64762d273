// The `tell` section of `gendan today`: the notices owed to the customer today or earlier
// (reports/notices.ts), each with the command that writes the message and logs the contact.
// Shipped batches of orders already `shipped` or `delivered` are `notify` rows of the
// overdue report instead, and are not repeated here.
import { diffDays } from '../calendar/dates.js';
import type { KnownOrder } from '../model/order.js';
import { effectiveState } from '../workflow/states.js';
import { noticesOwed } from './notices.js';
import { who } from './people.js';
import type { ReportContext } from './row.js';
import type { Msg } from '../model/problem.js';

/** An item of today's `tell` section (a TodayItem of section `tell`). */
export interface TellItem {
  section: 'tell';
  kind: 'notify';
  /** The node to tell. */
  item: string;
  what: Msg;
  due: string;
  days_late: number;
  action: Msg;
}

export function tellItems(order: KnownOrder, ctx: ReportContext): TellItem[] {
  const state = effectiveState(order);
  const rowed = state === 'shipped' || state === 'delivered';
  return noticesOwed(order, ctx)
    .filter((n) => n.due <= ctx.today && !(n.node === 'shipped' && rowed))
    .map((n): TellItem => ({
      section: 'tell',
      kind: 'notify',
      item: n.node,
      what: n.what,
      due: n.due,
      days_late: diffDays(n.due, ctx.today),
      action: { id: 'notice/action', args: { who: who(order), order: order.id, node: n.node } },
    }));
}
