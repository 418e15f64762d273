// What must hold before an order leaves `preparing` (SPEC §4).
import { listMsg, vocabName } from '../../util/vocab.js';
import { hasStockLines } from '../../facts/fulfilment.js';
import { contactItem, isFilled, type ItemDef } from '../item.js';

const milestonesDone: ItemDef = {
  id: 'milestones_done',
  state: 'preparing',
  kind: 'fact',
  label: { en: 'every production milestone done', zh: '所有生产节点已完成' },
  messages: { open: { en: 'milestone(s) without a `done` date: {names}', zh: '以下节点尚未登记完成日期：{names}（用 gendan done 登记）' } },
  gap(o) {
    const names = (o.production?.milestones ?? []).map((m, i) => (isFilled(m.done) ? undefined : (m.name ?? `#${i + 1}`))).filter((n) => n !== undefined);
    return names.length === 0 ? undefined : { key: 'open', args: { names: listMsg(names.map((n) => vocabName('milestone', n))) } };
  },
};

const stockChecked: ItemDef = {
  id: 'stock_checked',
  state: 'preparing',
  kind: 'fact',
  label: { en: 'stock checked and of good quality (stock lines)', zh: '现货已核查且质量合格（现货产品）' },
  messages: {
    unchecked: { en: '`stock.checked` is not filled in', zh: '尚未核查库存（用 gendan stock 登记）' },
    quality: { en: '`stock.quality_ok` is not true', zh: '库存核查发现质量问题，尚未确认合格' },
  },
  applies: (o, ctx) => hasStockLines(o, ctx.catalog),
  gap(o) {
    if (!isFilled(o.stock?.checked)) return { key: 'unchecked' };
    return o.stock?.quality_ok === true ? undefined : { key: 'quality' };
  },
};

export const preparingItems: ItemDef[] = [
  milestonesDone,
  stockChecked,
  contactItem('customer_told_ship_date', 'preparing', 'ship_date', { en: 'customer told the expected ship date', zh: '已告知客户预计发货日期' }),
];
