// A promised (else requested) delivery date the order cannot make: earlier than start +
// lead time + buffer + transit (SPEC §3). The message shows the arithmetic.
import { isDate } from '../calendar/dates.js';
import type { Msg } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { earliestFeasible, shipsAtHandover, type Feasibility } from '../facts/delivery.js';
import { finding, type Rule, type RuleContext } from './rule.js';

const id = (key: string, args?: Msg['args']): Msg => ({ id: `delivery-infeasible/${key}`, args });

/** "confirmed 2026-11-21 + 15 working days XK-200 + 1 buffer + 4 days truck", as a Msg. */
function breakdown(f: Feasibility): Msg {
  const parts: Msg[] = [id(`start-${f.startKind}`, { date: f.start })];
  if (f.leadModel !== undefined && f.leadDays > 0) parts.push(id(f.leadDays === 1 ? 'lead-one' : 'lead', { days: f.leadDays, model: f.leadModel }));
  if (f.buffer > 0) parts.push(id('buffer', { days: f.buffer }));
  if (f.method !== undefined && f.transit > 0) parts.push(id(f.transit === 1 ? 'transit-one' : 'transit', { days: f.transit, method: id(`method-${f.method}`) }));
  return parts.reduce((a, b) => id('plus', { a, b }));
}

export const deliveryInfeasible: Rule = {
  id: 'delivery-infeasible',
  severity: 'error',
  usesToday: true,
  description: {
    en: 'The promised (else requested) delivery date is before the earliest feasible date: start + largest lead_days + buffer_days (working days) + transit days (no transit under EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, where the date is the ship-by date). Checked while the order is `received` or `confirmed`.',
    zh: '承诺（否则为要求）交期早于最早可行交期：起算日 + 最长 lead_days + buffer_days（工作日）+ 运输天数（EXW、FCA、FAS、FOB、CFR、CIF、CPT、CIP 下该日期为装运期，不计运输天数）。仅在订单为 `received` 或 `confirmed` 时检查。',
  },
  messages: {
    infeasible: {
      en: '{which} {date} is before the earliest feasible {earliest} ({breakdown})',
      zh: '{which} {date} 早于最早可行交期 {earliest}（{breakdown}）',
    },
    promised: { en: 'promised', zh: '承诺交期' },
    requested: { en: 'requested', zh: '要求交期' },
    'promised-ship': { en: 'promised ship-by date ({term})', zh: '承诺装运期（{term}）' },
    'requested-ship': { en: 'requested ship-by date ({term})', zh: '要求装运期（{term}）' },
    'start-confirmed': { en: 'confirmed {date}', zh: '确认日 {date}' },
    'start-ordered': { en: 'ordered {date}', zh: '下单日 {date}' },
    'start-today': { en: 'today {date}', zh: '今天 {date}' },
    lead: { en: '{days} working days {model}', zh: '{model} 生产/备货 {days} 个工作日' },
    'lead-one': { en: '1 working day {model}', zh: '{model} 生产/备货 1 个工作日' },
    buffer: { en: '{days} buffer', zh: '缓冲 {days} 个工作日' },
    transit: { en: '{days} days {method}', zh: '{method} {days} 天' },
    'transit-one': { en: '1 day {method}', zh: '{method} 1 天' },
    plus: { en: '{a} + {b}', zh: '{a} + {b}' },
    'method-express': { en: 'express', zh: '快递' },
    'method-truck': { en: 'truck', zh: '汽运' },
    'method-sea': { en: 'sea', zh: '海运' },
    'method-air': { en: 'air', zh: '空运' },
    'method-pickup': { en: 'pickup', zh: '自提' },
  },
  check(file: OrderFile, ctx: RuleContext) {
    const order = file.order;
    if (!order || (order.status !== 'received' && order.status !== 'confirmed')) return [];
    const d = order.delivery && typeof order.delivery === 'object' ? order.delivery : undefined;
    const which = isDate(d?.promised) ? 'promised' : isDate(d?.requested) ? 'requested' : undefined;
    if (!which) return [];
    const date = d![which]!;
    const confirmed = order.confirmation?.date;
    if ((confirmed !== undefined && !isDate(confirmed)) || (order.ordered !== undefined && !isDate(order.ordered))) return [];
    let f: Feasibility | undefined;
    try {
      f = earliestFeasible(order, ctx);
    } catch {
      return []; // a calendar without any working day: nothing sensible to say here
    }
    if (!f || date >= f.earliest) return [];
    const label = shipsAtHandover(order) ? id(`${which}-ship`, { term: d!.incoterm! }) : id(which);
    return [finding('delivery-infeasible', 'infeasible', ['delivery', which], { which: label, date, earliest: f.earliest, breakdown: breakdown(f) })];
  },
};
