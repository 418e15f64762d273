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

/** Both dates known, and the first before the second. */
function isBefore(date: string | undefined, earlier: string | undefined): date is string {
  return date !== undefined && earlier !== undefined && date < earlier;
}

function date(v: unknown): string | undefined {
  return isDate(v) ? v : undefined;
}

/** Each order change of a field starts from the value the change before it set. */
function changeChain(changes: unknown): Finding[] {
  const out: Finding[] = [];
  const items = list(changes as unknown[]);
  if (items.length < 2) return out;
  const last = new Map<string, { index: number; to: unknown }>();
  items.forEach((c, i) => {
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
    // A path is made only for a date out of order: most orders have none, and many
    // contacts and payments.
    const before = (path: DataPath, date: string, earlierPath: DataPath, earlierDate: string | undefined) =>
      out.push(finding('date-sequence', 'before', path, { later: shown(path), date, earlier: shown(earlierPath), earlierDate: earlierDate ?? '' }));
    const ordered = date(order.ordered);
    const o: DataPath = ['ordered'];
    const requested = date(order.delivery?.requested);
    if (isBefore(requested, ordered)) before(['delivery', 'requested'], requested, o, ordered);
    const promised = date(order.delivery?.promised);
    if (isBefore(promised, ordered)) before(['delivery', 'promised'], promised, o, ordered);
    const confirmed = date(order.confirmation?.date);
    if (isBefore(confirmed, ordered)) before(['confirmation', 'date'], confirmed, o, ordered);
    const shipments = list(order.shipments);
    for (let i = 0; i < shipments.length; i++) {
      const shipped = date(shipments[i]?.shipped);
      // Without a confirmation date, a shipment still cannot precede the order itself.
      if (confirmed !== undefined) {
        if (isBefore(shipped, confirmed)) before(['shipments', i, 'shipped'], shipped, ['confirmation', 'date'], confirmed);
      } else if (isBefore(shipped, ordered)) before(['shipments', i, 'shipped'], shipped, o, ordered);
      const delivered = date(shipments[i]?.delivered);
      if (isBefore(delivered, shipped)) before(['shipments', i, 'delivered'], delivered, ['shipments', i, 'shipped'], shipped);
    }
    /** Each item's date (its `name`, read by `read`) not before the order date. */
    const afterOrdered = <T>(items: T[] | undefined, at: DataPath, name: string, read: (item: T | undefined) => unknown) => {
      const all = list(items);
      for (let i = 0; i < all.length; i++) {
        const d = date(read(all[i]));
        if (isBefore(d, ordered)) before([...at, i, name], d, o, ordered);
      }
    };
    const production = order.production && typeof order.production === 'object' ? order.production : undefined;
    afterOrdered(order.payments, ['payments'], 'date', (p) => p?.date);
    afterOrdered(order.contacts, ['contacts'], 'date', (c) => c?.date);
    afterOrdered(production?.milestones, ['production', 'milestones'], 'done', (m) => m?.done);
    for (const f of changeChain(order.changes)) out.push(f);
    return out;
  },
};
