// More money received than the order is worth: a typo in an amount (130000 for 13000), a
// payment booked on the wrong order, or a refund owed. A warning: it can be right.
import type { Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { money, toCents, totalCents, totalKnown } from '../facts/money.js';
import { finding, type Rule } from './rule.js';

export const overpaid: Rule = {
  id: 'overpaid',
  severity: 'warn',
  description: {
    en: 'The sum of `payments` exceeds the order total.',
    zh: '`payments` 收款合计超过订单总额。',
  },
  messages: {
    over: {
      en: 'payments total {currency} {paid}, {over} more than the order total {total}; check the amounts (or the order they belong to)',
      zh: '已收款合计 {currency} {paid}，比订单总额 {total} 多 {over}；请核对金额（或是否记错了订单）',
    },
  },
  check(file: OrderFile) {
    const order = file.order;
    if (!order || !Array.isArray(order.payments) || !totalKnown(order)) return [];
    const total = totalCents(order);
    let paid = 0n;
    const out: Finding[] = [];
    const list = order.payments;
    let at = -1;
    list.forEach((p, i) => {
      if (!p || typeof p.amount !== 'number' || !Number.isFinite(p.amount)) return;
      paid += toCents(p.amount);
      if (at < 0 && paid > total) at = i;
    });
    if (at >= 0) {
      const show = (c: bigint) => money(Number(c) / 100);
      out.push(finding('overpaid', 'over', ['payments', at, 'amount'], { currency: order.currency ?? 'CNY', paid: show(paid), over: show(paid - total), total: show(total) }));
    }
    return out;
  },
};
