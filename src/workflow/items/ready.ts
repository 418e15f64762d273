// What must hold before an order leaves `ready` (SPEC §4). Shipments are summed per model
// in the model's unit (src/facts/shipments.ts).
import { listMsg } from '../../util/vocab.js';
import { quantityAsOrdered } from '../../facts/quantity.js';
import { amount, isFullyPaid, orderTotal, outstanding, paidSum } from '../../facts/money.js';
import { priceGap, UNPRICED } from './prices.js';
import { unshipped } from '../../facts/shipments.js';
import type { Msg } from '../../model/problem.js';
import { contactItem, invalidLine, isFilled, manualItem, type ItemDef } from '../item.js';
import { joinMsgs } from '../join.js';

export const balanceReceived: ItemDef = {
  id: 'balance_received',
  state: 'ready',
  kind: 'fact',
  label: { en: 'balance received (due before shipment)', zh: '尾款已到账（款到发货）' },
  messages: {
    short: { en: 'payments total {currency} {paid} of {total}; {outstanding} still to collect', zh: '已收款 {currency} {paid}，订单总额 {total}；尚欠 {outstanding}' },
    unpriced: UNPRICED,
  },
  applies: (o) => o.payment?.balance === 'before_shipment',
  gap: (o) => priceGap(o) ?? (isFullyPaid(o) ? undefined : { key: 'short', args: paidArgs(o) }),
};

export function paidArgs(o: Parameters<typeof orderTotal>[0]): Msg['args'] {
  const total = orderTotal(o);
  const paid = paidSum(o);
  return { currency: o.currency ?? 'CNY', paid: amount(paid), total: amount(total), outstanding: amount(outstanding(o)) };
}

const fullyShipped: ItemDef = {
  id: 'fully_shipped',
  state: 'ready',
  kind: 'fact',
  label: { en: 'every line fully shipped', zh: '所有明细已全部发货' },
  messages: { remaining: { en: 'still to ship: {what}', zh: '尚未发货：{what}' } },
  gap(o, ctx) {
    const left = unshipped(o, ctx.catalog);
    if (left.length === 0) return undefined;
    // In the unit the order used, with the model's own unit in brackets when converted.
    return { key: 'remaining', args: { what: listMsg(left.map((l) => ({ id: 'vocab/model-qty', args: { model: l.model, q: quantityAsOrdered(o, ctx.catalog, l.model, l.remaining) } }))) } };
  },
};

const shipmentsRecorded: ItemDef = {
  id: 'shipments_recorded',
  state: 'ready',
  kind: 'fact',
  label: { en: 'each shipment has shipped date, carrier, tracking number and ETA', zh: '每批发货均有发货日期、承运商、运单号和预计到达日期' },
  messages: { field: { en: 'shipment {n} has no `{field}`', zh: '第 {n} 批发货没有 `{field}`' } },
  // Without shipments there is nothing to describe yet: `fully_shipped` says what is missing.
  applies: (o) => (o.shipments ?? []).length > 0,
  gap(o, ctx) {
    const fields = o.delivery?.method === 'pickup' ? (['shipped', 'eta'] as const) : (['shipped', 'carrier', 'tracking', 'eta'] as const);
    const gaps: Msg[] = [];
    (o.shipments ?? []).forEach((s, i) => {
      for (const f of fields) {
        if (isFilled(s[f])) continue;
        const line = invalidLine(ctx, ['shipments', i, f]);
        gaps.push(line === undefined ? { id: 'item/shipments_recorded/field', args: { n: i + 1, field: f } } : { id: 'item/invalid', args: { path: `shipments[${i}].${f}`, line } });
      }
    });
    return gaps.length === 0 ? undefined : { msg: joinMsgs(gaps) };
  },
};

export const readyItems: ItemDef[] = [
  balanceReceived,
  manualItem('logistics_arranged', 'ready', { en: 'special logistics requests arranged', zh: '特殊物流要求已安排' }, (o) => (o.delivery?.special ?? []).length > 0),
  fullyShipped,
  shipmentsRecorded,
  contactItem('customer_told_shipped', 'ready', 'shipped', { en: 'customer told the goods have shipped', zh: '已告知客户货物已发出' }),
];
