// Dates that contradict the order's timeline: nothing happens before the order was placed,
// nothing ships before it was confirmed, nothing arrives before it left. The problem points
// at the later event, whose date is too early.
import { isDate } from '../calendar/dates.js';
import type { DataPath, Finding } from '../model/problem.js';
import type { OrderFile } from '../load/order-file.js';
import { finding, type Rule } from './rule.js';

/** A data path as the user reads it: shipments[0].delivered. */
function shown(path: DataPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function field(holder: unknown, key: string): string | undefined {
  const v = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[key] : undefined;
  return isDate(v) ? v : undefined;
}

/** Each order change of a field starts from the value the change before it set. */
function changeChain(changes: unknown): Finding[] {
  const out: Finding[] = [];
  const last = new Map<string, { index: number; to: unknown }>();
  list(changes as unknown[]).forEach((c, i) => {
    if (!c || typeof c !== 'object') return;
    const { field: name, from, to } = c as Record<string, unknown>;
    if (typeof name !== 'string') return;
    const before = last.get(name);
    if (before !== undefined && before.to !== from) {
      const path: DataPath = from === undefined ? ['changes', i] : ['changes', i, 'from'];
      out.push(finding('date-sequence', 'change-from', path, { later: `changes[${i}]`, field: name, from: String(from ?? '—'), earlier: `changes[${before.index}]`, previous: String(before.to ?? '—') }));
    }
    last.set(name, { index: i, to });
  });
  return out;
}

export const dateSequence: Rule = {
  id: 'date-sequence',
  severity: 'error',
  description: {
    en: 'Dates contradict each other: delivery requested/promised, confirmation, payments, contacts or milestones done before `ordered`; a shipment before the confirmation; a delivery before its shipment.',
    zh: '日期相互矛盾：要求/承诺交期、确认、付款、联系记录或里程碑完成早于下单日 `ordered`；发货早于确认；签收早于发货。',
  },
  messages: {
    before: {
      en: '{later} {date} is before {earlier} {earlierDate}; it cannot be earlier: correct one of the two dates',
      zh: '日期先后顺序有误，请核对：{later} {date} 早于 {earlier} {earlierDate}',
    },
    'change-from': {
      en: '{later} says `{field}` was {from}, but {earlier} had changed it to {previous}: a change starts from the value before it; correct `from`',
      zh: '{later} 记录 `{field}` 原为 {from}，但 {earlier} 已将它改为 {previous}：变更应从前一个值开始，请改正 `from`',
    },
  },
  check(file: OrderFile) {
    const order = file.order;
    if (!order) return [];
    const out: Finding[] = [];
    /** The later event at `path` must not be before the earlier one. */
    const notBefore = (path: DataPath, date: string | undefined, earlierPath: DataPath, earlierDate: string | undefined) => {
      if (date !== undefined && earlierDate !== undefined && date < earlierDate) {
        out.push(finding('date-sequence', 'before', path, { later: shown(path), date, earlier: shown(earlierPath), earlierDate }));
      }
    };
    const ordered = field(order, 'ordered');
    const o: DataPath = ['ordered'];
    for (const key of ['requested', 'promised']) notBefore(['delivery', key], field(order.delivery, key), o, ordered);
    const confirmed = field(order.confirmation, 'date');
    notBefore(['confirmation', 'date'], confirmed, o, ordered);
    list(order.shipments).forEach((s, i) => {
      const shipped = field(s, 'shipped');
      // Without a confirmation date, a shipment still cannot precede the order itself.
      if (confirmed !== undefined) notBefore(['shipments', i, 'shipped'], shipped, ['confirmation', 'date'], confirmed);
      else notBefore(['shipments', i, 'shipped'], shipped, o, ordered);
      notBefore(['shipments', i, 'delivered'], field(s, 'delivered'), ['shipments', i, 'shipped'], shipped);
    });
    list(order.payments).forEach((p, i) => notBefore(['payments', i, 'date'], field(p, 'date'), o, ordered));
    list(order.contacts).forEach((c, i) => notBefore(['contacts', i, 'date'], field(c, 'date'), o, ordered));
    const milestones = order.production && typeof order.production === 'object' ? order.production.milestones : undefined;
    list(milestones).forEach((m, i) => notBefore(['production', 'milestones', i, 'done'], field(m, 'done'), o, ordered));
    out.push(...changeChain(order.changes));
    return out;
  },
};
