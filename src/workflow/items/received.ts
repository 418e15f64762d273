// What must hold before an order leaves `received` (SPEC §4).
import { listMsg, vocabName } from '../../util/vocab.js';
import type { Msg } from '../../model/problem.js';
import type { Order } from '../../model/order.js';
import { isFilled, manualItem, presentItem, type ItemDef } from '../item.js';

const notPickup = (o: Order) => o.delivery?.method !== 'pickup';
const REQUIRED_TERMS = ['delivery', 'payment', 'quality'];

const checkPasses: ItemDef = {
  id: 'check_passes',
  state: 'received',
  kind: 'check',
  label: { en: '`gendan check` passes for the order', zh: '`gendan check` 检查通过' },
  messages: {
    errors: {
      en: '`gendan check` finds {count} error(s); first, line {line}: {first}',
      zh: '`gendan check` 发现 {count} 个错误；第一个在第 {line} 行：{first}',
    },
  },
  gap(order, ctx) {
    const errors = ctx.checker(order, ctx);
    if (errors.length === 0) return undefined;
    return { key: 'errors', args: { count: errors.length, line: errors[0]!.line, first: errors[0]!.msg } };
  },
};

const deliveryDate: ItemDef = {
  id: 'delivery_date',
  state: 'received',
  kind: 'fact',
  label: { en: 'delivery date', zh: '交货日期' },
  messages: { missing: { en: 'neither `delivery.requested` nor `delivery.promised` is filled in', zh: '客户要求交期和承诺交期都未填写' } },
  gap: (o) => (isFilled(o.delivery?.requested) || isFilled(o.delivery?.promised) ? undefined : { key: 'missing' }),
};

const termsConfirmed: ItemDef = {
  id: 'terms_confirmed',
  state: 'received',
  kind: 'fact',
  label: { en: 'contract terms confirmed with the customer (delivery, payment, quality)', zh: '已与客户确认合同条款（交期、付款、质量）' },
  messages: { missing: { en: 'not recorded: {what}', zh: '未记录：{what}' } },
  gap(o) {
    const c = o.confirmation;
    const what: (string | Msg)[] = [];
    if (!isFilled(c?.date)) what.push('`confirmation.date`');
    if (!isFilled(c?.channel)) what.push('`confirmation.channel`');
    const terms = REQUIRED_TERMS.filter((t) => !(c?.terms ?? []).includes(t));
    if (terms.length > 0) what.push({ id: 'vocab/terms-missing', args: { terms: listMsg(terms.map((x) => vocabName('term', x))) } });
    return what.length === 0 ? undefined : { key: 'missing', args: { what: listMsg(what) } };
  },
};

export const receivedItems: ItemDef[] = [
  checkPasses,
  presentItem('customer_contact', 'received', { en: 'customer contact person', zh: '客户联系人' }, 'customer.contact', (o) => o.customer?.contact),
  presentItem('customer_phone', 'received', { en: 'customer phone', zh: '客户电话' }, 'customer.phone', (o) => o.customer?.phone),
  deliveryDate,
  presentItem('delivery_method', 'received', { en: 'delivery method', zh: '运输方式' }, 'delivery.method', (o) => o.delivery?.method),
  presentItem('delivery_address', 'received', { en: 'delivery address', zh: '收货地址' }, 'delivery.address', (o) => o.delivery?.address, notPickup),
  presentItem('delivery_recipient', 'received', { en: 'recipient', zh: '收货人' }, 'delivery.recipient', (o) => o.delivery?.recipient, notPickup),
  presentItem('delivery_phone', 'received', { en: 'recipient phone', zh: '收货人电话' }, 'delivery.phone', (o) => o.delivery?.phone),
  presentItem('payment_terms', 'received', { en: 'payment terms recorded', zh: '已记录付款条件' }, 'payment.balance', (o) => o.payment?.balance),
  manualItem('special_requests_reviewed', 'received', { en: 'special requests reviewed', zh: '已审核特殊要求' }),
  termsConfirmed,
];
