// What must hold before an order leaves `confirmed` (SPEC §4).
import { listMsg, vocabName } from '../../util/vocab.js';
import { hasMakeLines } from '../../facts/fulfilment.js';
import { amount, depositDue, isDepositPaid, paidSum } from '../../facts/money.js';
import { contactItem, isFilled, presentItem, type ItemDef } from '../item.js';
import { priceGap, UNPRICED } from './prices.js';

const milestonesPlanned: ItemDef = {
  id: 'milestones_planned',
  state: 'confirmed',
  kind: 'fact',
  label: { en: 'production milestones with due dates (made-to-order lines)', zh: '生产节点及计划日期（按单生产的产品）' },
  messages: {
    none: { en: 'no milestones under `production.milestones`', zh: '尚未安排生产节点（用 gendan plan 添加节点及计划日期）' },
    'no-due': { en: 'milestone(s) without a `due` date: {names}', zh: '以下节点没有计划日期：{names}（用 gendan plan 补上）' },
  },
  applies: (o, ctx) => hasMakeLines(o, ctx.catalog),
  gap(o) {
    const list = o.production?.milestones ?? [];
    if (list.length === 0) return { key: 'none' };
    const names = list.map((m, i) => (isFilled(m.due) ? undefined : (m.name ?? `#${i + 1}`))).filter((n) => n !== undefined);
    return names.length === 0 ? undefined : { key: 'no-due', args: { names: listMsg(names.map((n) => vocabName('milestone', n))) } };
  },
};

// The label follows payment.deposit_kind: a 定金 (deposit) carries penalties in Chinese
// contract law and is capped at 20 %; most "30 %" payments up front are 预付款 (advance).
const depositReceived: ItemDef = {
  id: 'deposit_received',
  state: 'confirmed',
  kind: 'fact',
  label: { en: 'deposit or advance payment received', zh: '定金/预付款已收' },
  messages: {
    'label-deposit': { en: 'deposit received', zh: '定金已收' },
    'label-advance': { en: 'advance payment received', zh: '预付款已收' },
    short: { en: 'payments total {currency} {paid}; the {percent}% {kind} is {due}', zh: '已收款合计 {currency} {paid}；{percent}% {kind}为 {due}' },
    deposit: { en: 'deposit', zh: '定金' },
    advance: { en: 'advance payment', zh: '预付款' },
    unpriced: UNPRICED,
  },
  labelFor: (o) => (o.payment?.deposit_kind === 'deposit' ? 'label-deposit' : 'label-advance'),
  applies: (o) => (o.payment?.deposit_percent ?? 0) > 0,
  gap: (o) =>
    priceGap(o) ??
    (isDepositPaid(o)
      ? undefined
      : {
          key: 'short',
          args: {
            currency: o.currency ?? 'CNY',
            paid: amount(paidSum(o)),
            due: amount(depositDue(o)),
            percent: o.payment?.deposit_percent ?? 0,
            kind: { id: `item/deposit_received/${o.payment?.deposit_kind === 'deposit' ? 'deposit' : 'advance'}` },
          },
        }),
};

export const confirmedItems: ItemDef[] = [
  presentItem('handoff', 'confirmed', { en: 'handed to production or stock reserved', zh: '已下达生产或已预留库存' }, 'production.handoff', (o) => o.production?.handoff),
  milestonesPlanned,
  depositReceived,
  contactItem('customer_told_confirmed', 'confirmed', 'confirmed', { en: 'customer told the order is confirmed', zh: '已告知客户订单已确认' }),
];
