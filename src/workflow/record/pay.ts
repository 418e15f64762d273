// `gendan pay`: a payment received. More than is still owed is refused unless forced (rule
// `overpaid` then warns); with a line that has no price the total is not known, so nothing
// can be judged too much.
import { userError } from '../../model/errors.js';
import { money, orderTotal, paidSum } from '../../facts/money.js';
import type { Order } from '../../model/order.js';
import { list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

/** "19267.50", "19,267.50" → 19267.5; more than 2 decimals, 0 or below is a usage error. */
export function parseAmount(text: string): number {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^\d+(\.\d{1,2})?$/.test(plain) || Number(plain) <= 0) throw userError('pay/bad-amount', { value: text });
  return Number(plain);
}

const cents = (x: number) => Math.round(x * 100);

export interface PayRequest {
  amount: number;
  force?: boolean;
  note?: string;
}

export function planPay(order: Order, req: PayRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const currency = order.currency ?? 'CNY';
  const priced = list(order.lines).every((l) => typeof l?.unit_price === 'number');
  const total = orderTotal(order);
  const paid = paidSum(order);
  const owed = (cents(total) - cents(paid)) / 100;
  const args = { currency, amount: money(req.amount), date: ctx.date, paid: money(paid), total: money(total), owed: money(Math.max(0, owed)) };
  if (priced && cents(req.amount) > cents(owed) && !req.force) refuse('pay/too-much', args);
  const item = { date: ctx.date, amount: req.amount, ...(req.note !== undefined ? { note: req.note } : {}) };
  const after = (cents(paid) + cents(req.amount)) / 100;
  const rest = priced ? { id: after >= total ? (after > total ? 'pay/over-part' : 'pay/paid-part') : 'pay/owed-part', args: { currency, owed: money(Math.max(0, (cents(total) - cents(after)) / 100)), over: money(Math.max(0, (cents(after) - cents(total)) / 100)) } } : { id: 'pay/no-prices-part' };
  return recorded([{ kind: 'append', path: ['payments'], item }], 'pay/done', { ...args, rest });
}
