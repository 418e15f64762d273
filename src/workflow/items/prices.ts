// The payment items (deposit, balance, fully paid) cannot be met while a line has no
// price: the amount due is unknown, so "nothing paid of nothing" must not count as paid.
import { unpricedLines } from '../../facts/money.js';
import type { Order } from '../../model/order.js';
import type { Msg } from '../../model/problem.js';

/** The text of the gap every payment item reports while some line has no price. */
export const UNPRICED = { en: 'prices not recorded: line {lines} has no `unit_price`, so nothing can count as paid', zh: '未登记单价：第 {lines} 行没有单价，无法判断是否已付清' };

/** Lines without a price make a payment item unmet: the amount due is unknown. */
export function priceGap(o: Order): { key: string; args: Msg['args'] } | undefined {
  const lines = unpricedLines(o);
  return lines.length === 0 ? undefined : { key: 'unpriced', args: { lines: { id: 'vocab/names', args: { zh: lines.join('、'), en: lines.join(', ') } } } };
}

