// Everything of an order that falls due on a date (SPEC §5, the seven kinds): the overdue
// report keeps those due before today, the morning page also those due today.
import { moneyMsg, vocabName } from '../util/vocab.js';
import { addDays } from '../calendar/dates.js';
import { dueDate, shipsAtHandover } from '../facts/delivery.js';
import { balanceDue } from '../facts/balance-due.js';
import { movedFrom } from '../facts/changes.js';
import { depositDue, paidCents, totalCents } from '../facts/money.js';
import { depositShortCents, depositWaived, leftConfirmed } from '../facts/deposit.js';
import { lastDelivery, shipmentsInOrder, toShip, unshipped } from '../facts/shipments.js';
import type { KnownOrder, MainState } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { effectiveState, stateIndex, stateName } from '../workflow/states.js';
import { amount, heldSince, quantities, shipmentRef, who } from './people.js';
import { shippedNotices } from './notices.js';
import type { Kind, ReportContext } from './row.js';

export interface DueItem {
  kind: Kind;
  due: string;
  what: Msg;
  /** What to do once it is late. */
  action: Msg;
  /** What to do on the day it falls due, when that differs. */
  todayAction?: Msg;
}

type Builder = (order: KnownOrder, state: MainState | undefined, ctx: ReportContext) => DueItem[];

const before = (state: MainState | undefined, limit: MainState) => state !== undefined && stateIndex(state) < stateIndex(limit);

const delivery: Builder = (order, state, ctx) => {
  const due = dueDate(order);
  if (due === undefined || !before(state, 'delivered')) return [];
  const shipBy = shipsAtHandover(order);
  const basis = { id: `reports/basis/${order.delivery?.promised ? 'promised' : 'requested'}${shipBy ? '-ship' : ''}` };
  const left = unshipped(order, ctx.catalog);
  const shipped = (order.shipments ?? []).length > 0;
  // Under a ship-by term (FOB, CIF, …) the date is met once everything has left.
  if (shipBy && shipped && left.length === 0) return [];
  const extra: Msg | string = shipped && left.length > 0 ? { id: 'reports/extra/to-ship', args: { list: quantities(toShip(order, ctx.catalog)) } } : '';
  const moved = order.delivery?.promised ? movedFrom(order) : undefined;
  const shownDue: Msg | string = moved ? { id: moved.reason ? 'change/due-moved-reason' : 'change/due-moved', args: { due, date: moved.date, reason: moved.reason ?? '' } } : due;
  const moving = shipmentsInOrder(order).find((s) => s.delivered === undefined);
  const signed = shipped && left.length === 0 ? lastDelivery(order) : undefined;
  // The row follows the facts: signed for → bring the status up to date; on the way → track it.
  let what: Msg = { id: 'reports/what/delivery', args: { basis, due: shownDue, state: stateName(state!), extra } };
  let action: Msg = { id: 'reports/action/delivery-reschedule', args: { who: who(order) } };
  if (signed !== undefined) {
    what = { id: 'reports/what/delivery-signed', args: { basis, due: shownDue, date: signed, state: stateName(state!) } };
    action = { id: 'reports/action/delivery-advance', args: { date: signed, order: order.id } };
  } else if (shipped && left.length === 0 && moving) {
    what = { id: 'reports/what/delivery-on-the-way', args: { basis, due: shownDue } };
    action = { id: 'reports/action/delivery-track', args: { ref: shipmentRef(moving, order.delivery?.method), who: who(order) } };
  }
  if (order.status === 'on_hold') action = { id: 'reports/action/delivery-held', args: { who: who(order) } };
  return [{ kind: 'delivery', due, what, action }];
};

const milestone: Builder = (order, state) => {
  if (state !== 'confirmed' && state !== 'preparing') return [];
  return (order.production?.milestones ?? [])
    .filter((m) => m.due !== undefined && m.done === undefined)
    .map((m) => {
      const name = m.name ?? '?';
      return {
        kind: 'milestone' as const,
        due: m.due!,
        what: { id: 'reports/what/milestone', args: { name: vocabName('milestone', name), due: m.due! } },
        action: { id: 'reports/action/milestone', args: { name: vocabName('milestone', name) } },
        todayAction: { id: 'reports/today/milestone', args: { name: vocabName('milestone', name) } },
      };
    });
};

const shipment: Builder = (order) =>
  shipmentsInOrder(order)
    .filter((s) => s.eta !== undefined && s.delivered === undefined)
    .map((s): DueItem => {
      const ref = shipmentRef(s, order.delivery?.method);
      const pickup = order.delivery?.method === 'pickup';
      const action: Msg = pickup
        ? { id: 'reports/action/shipment-pickup', args: { who: who(order) } }
        : s.carrier && s.tracking
          ? { id: 'reports/action/shipment-call', args: { carrier: s.carrier, tracking: s.tracking } }
          : { id: 'reports/action/shipment-ask', args: { ref } };
      return {
        kind: 'shipment',
        due: s.eta!,
        what: { id: 'reports/what/shipment', args: { ref, eta: s.eta!, shipped: s.shipped ?? '?' } },
        action,
        todayAction: { id: 'reports/today/arrives', args: { who: who(order), ref } },
      };
    });

const followUp: Builder = (order, state, ctx) => {
  if (state !== 'delivered' || order.follow_up?.done !== undefined) return [];
  const delivered = lastDelivery(order);
  const due = order.follow_up?.due ?? (delivered === undefined ? undefined : addDays(delivered, ctx.config.follow_up_days));
  if (due === undefined) return [];
  const what: Msg = delivered ? { id: 'reports/what/follow-up', args: { due, delivered } } : { id: 'reports/what/follow-up-agreed', args: { due } };
  return [{ kind: 'follow-up', due, what, action: { id: 'reports/action/follow-up', args: { who: who(order) } }, todayAction: { id: 'reports/today/follow-up', args: { who: who(order) } } }];
};

const payment: Builder = (order, state) => {
  const deposit = depositItem(order, state);
  const terms = order.payment?.balance;
  // A before_shipment balance gates shipping (a checklist item), it is never a payment row.
  if (terms !== 'on_delivery' && terms !== 'days_after_delivery') return deposit;
  // The deposit still owed has its own row: the balance is what remains beyond it.
  const owed = Number(totalCents(order) - paidCents(order) - (deposit.length > 0 ? depositShortCents(order) : 0n)) / 100;
  const due = balanceDue(order);
  if (owed <= 0 || due === undefined) return deposit;
  const days = terms === 'days_after_delivery' ? (order.payment?.balance_days ?? 0) : 0;
  const args = { amount: amount(owed), currency: order.currency ?? 'CNY', money: moneyMsg(amount(owed), order.currency ?? 'CNY'), who: who(order) };
  const basis: Msg = terms === 'on_delivery' ? { id: 'reports/terms/on-delivery' } : { id: 'reports/terms/days-after', args: { days } };
  return [...deposit, { kind: 'payment', due, what: { id: 'reports/what/payment', args: { ...args, due, basis } }, action: { id: 'reports/action/payment', args }, todayAction: { id: 'reports/today/payment', args } }];
};

/** A deposit still owed after the order left `confirmed` (waived or not): due the day it left. */
function depositItem(order: KnownOrder, state: MainState | undefined): DueItem[] {
  if (state === undefined || stateIndex(state) <= stateIndex('confirmed')) return [];
  const short = depositShortCents(order);
  if (short <= 0n) return [];
  const due = leftConfirmed(order);
  if (due === undefined) return [];
  const kind: Msg = { id: `item/deposit_received/${order.payment?.deposit_kind === 'deposit' ? 'deposit' : 'advance'}` };
  const args = { kind, owed: amount(Number(short) / 100), deposit: amount(depositDue(order)), currency: order.currency ?? 'CNY', who: who(order), order: order.id, due };
  const what: Msg = { id: depositWaived(order) ? 'reports/what/deposit-waived' : 'reports/what/deposit', args };
  return [{ kind: 'payment', due, what, action: { id: 'reports/action/deposit', args }, todayAction: { id: 'reports/today/deposit', args } }];
}

const issue: Builder = (order, _state, ctx) =>
  (order.issues ?? [])
    .filter((i) => i.opened !== undefined && i.resolved === undefined)
    .map((i) => {
      const kind: Msg = { id: `reports/issue-kind/${i.kind ?? 'other'}` };
      const cause = i.cause ?? i.note ?? '';
      const action: Msg = i.owner
        ? i.action
          ? { id: 'reports/action/issue-follow', args: { owner: i.owner, plan: i.action } }
          : { id: 'reports/action/issue-plan', args: { owner: i.owner } }
        : { id: 'reports/action/issue-owner' };
      return { kind: 'issue' as const, due: ctx.calendar.addWorkdays(i.opened!, ctx.config.issue_days), what: { id: cause ? 'reports/what/issue-cause' : 'reports/what/issue', args: { kind, opened: i.opened!, cause } }, action };
    });

/** Every shipment batch the customer was not told of (SPEC §5 `notify`, one row per batch). */
const notify: Builder = (order, state, ctx) => {
  if (state !== 'shipped' && state !== 'delivered') return [];
  return shippedNotices(order, ctx).map((n) => {
    const s = order.shipments![n.shipment!]!;
    const args = { who: who(order), ref: shipmentRef(s, order.delivery?.method), order: order.id };
    return { kind: 'notify', due: n.due, what: n.what, action: { id: 'reports/action/notify', args }, todayAction: { id: 'reports/today/notify', args } };
  });
};

const BUILDERS: Builder[] = [delivery, milestone, shipment, followUp, payment, issue, notify];

/** Every dated item of the order; none for cancelled orders. On-hold orders are judged by the state they left. */
export function dueItems(order: KnownOrder, ctx: ReportContext): DueItem[] {
  if (order.status === 'cancelled') return [];
  const state = effectiveState(order);
  const items: DueItem[] = [];
  for (const b of BUILDERS) for (const item of b(order, state, ctx)) items.push(item);
  if (order.status !== 'on_hold') return items;
  const since = heldSince(order) ?? '?';
  return items.map((i) => ({ ...i, what: { id: 'reports/held', args: { what: i.what, since } } }));
}
