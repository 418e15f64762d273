// What must hold before an order leaves `shipped`, `delivered` and `followed_up` (SPEC §4).
import { listMsg, vocabName } from '../../util/vocab.js';
import { isFullyPaid } from '../../facts/money.js';
import type { Issue, Order } from '../../model/order.js';
import { isFilled, type ItemDef } from '../item.js';
import { paidArgs } from './ready.js';
import { priceGap, UNPRICED } from './prices.js';

const TRANSIT_KINDS = ['logistics_delay', 'damage', 'loss'];

function openIssues(o: Order, kinds?: string[]): Issue[] {
  return (o.issues ?? []).filter((i) => !isFilled(i.resolved) && (kinds === undefined || kinds.includes(i.kind ?? '')));
}

const showIssues = (list: Issue[]) => listMsg(list.map((i) => ({ id: 'vocab/issue-opened', args: { kind: vocabName('issue', i.kind ?? '?'), opened: i.opened ?? '?' } })));

const allDelivered: ItemDef = {
  id: 'all_delivered',
  state: 'shipped',
  kind: 'fact',
  label: { en: 'every shipment delivered', zh: '所有发货均已签收' },
  messages: {
    none: { en: 'no shipments recorded', zh: '没有发货记录' },
    open: { en: 'no `delivered` date on shipment {list}', zh: '第 {list} 批发货尚未登记签收日期（可用 gendan deliver 记录）' },
  },
  gap(o) {
    const list = o.shipments ?? [];
    if (list.length === 0) return { key: 'none' };
    const open = list.map((s, i) => (isFilled(s.delivered) ? undefined : i + 1)).filter((n) => n !== undefined);
    return open.length === 0 ? undefined : { key: 'open', args: { list: listMsg(open.map(String)) } };
  },
};

const noTransitIssues: ItemDef = {
  id: 'no_transit_issues',
  state: 'shipped',
  kind: 'fact',
  label: { en: 'no open logistics delay, damage or loss issues', zh: '没有未解决的物流延误、货损或丢失问题' },
  messages: { open: { en: 'open issue(s) without `resolved`: {list}', zh: '尚未解决的问题：{list}（解决后用 gendan resolve 登记）' } },
  gap(o) {
    const open = openIssues(o, TRANSIT_KINDS);
    return open.length === 0 ? undefined : { key: 'open', args: { list: showIssues(open) } };
  },
};

const followUpDone: ItemDef = {
  id: 'follow_up_done',
  state: 'delivered',
  kind: 'fact',
  label: { en: 'follow-up visit done, with satisfaction', zh: '已完成回访并记录满意度' },
  messages: { missing: { en: 'not filled in: {what}', zh: '尚未登记回访结果和满意度（用 `gendan follow-up {order} --satisfaction 1-5` 登记）' } },
  gap(o) {
    const what = [];
    if (!isFilled(o.follow_up?.done)) what.push('`follow_up.done`');
    if (!isFilled(o.follow_up?.satisfaction)) what.push('`follow_up.satisfaction`');
    return what.length === 0 ? undefined : { key: 'missing', args: { what: listMsg(what), order: o.id ?? '<order>' } };
  },
};

const noOpenIssues: ItemDef = {
  id: 'no_open_issues',
  state: 'delivered',
  kind: 'fact',
  label: { en: 'no open issues', zh: '没有未解决的问题' },
  messages: { open: { en: 'open issue(s) without `resolved`: {list}', zh: '尚未解决的问题：{list}（解决后用 gendan resolve 登记）' } },
  gap(o) {
    const open = openIssues(o);
    return open.length === 0 ? undefined : { key: 'open', args: { list: showIssues(open) } };
  },
};

const fullyPaid: ItemDef = {
  id: 'fully_paid',
  state: 'followed_up',
  kind: 'fact',
  label: { en: 'fully paid', zh: '货款已全部付清' },
  messages: {
    short: { en: 'payments total {currency} {paid} of {total}; {outstanding} still to collect', zh: '已收款 {currency} {paid}，订单总额 {total}；尚欠 {outstanding}' },
    unpriced: UNPRICED,
  },
  gap: (o) => priceGap(o) ?? (isFullyPaid(o) ? undefined : { key: 'short', args: paidArgs(o) }),
};

const REQUIRED_DOCS = ['contract', 'delivery_receipt'];

const documentsRecorded: ItemDef = {
  id: 'documents_recorded',
  state: 'followed_up',
  kind: 'fact',
  label: { en: 'contract and delivery receipt recorded', zh: '已登记合同和签收单' },
  messages: { missing: { en: 'no document of kind {kinds} under `documents`', zh: '尚未登记{names}（用 gendan doc 登记）' } },
  gap(o) {
    const have = new Set((o.documents ?? []).map((d) => d.kind));
    const kinds = REQUIRED_DOCS.filter((k) => !have.has(k));
    return kinds.length === 0 ? undefined : { key: 'missing', args: { kinds: kinds.join(', '), names: listMsg(kinds.map((k) => vocabName('document', k))) } };
  },
};

export const closingItems: ItemDef[] = [allDelivered, noTransitIssues, followUpDone, noOpenIssues, fullyPaid, documentsRecorded];
