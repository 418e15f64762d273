// The text of a new order file (`gendan new`, `gendan init`). It passes the schema as it
// is; the keys still to fill in are there as comments, in the order of SPEC §2.
import { keyOrder } from '../edit/key-order.js';
import { isObject, renderPair, renderScalar, type Data } from '../edit/render.js';

export interface OrderTemplate {
  id: string;
  customer: string;
  today: string;
  /** Path of order.schema.json relative to the order's folder, for the editor modeline. */
  schemaRef: string;
  model: string;
  quantity: number;
  unit: string;
  /** When the order was created: the first `history` entry, into `received`. */
  at: string;
  /** Details given on the command line replace the template's comments for them. */
  details?: OrderDetails;
  sales?: string;
}

/** Numbers as typed (128.50 stays 128.50); checked by the caller. */
export interface OrderDetails {
  contact?: string;
  phone?: string;
  price?: string;
  deposit?: string;
  balance?: string;
  balanceDays?: string;
  requested?: string;
  method?: string;
  address?: string;
  recipient?: string;
  deliveryPhone?: string;
}

const q = (s: string) => renderScalar(s, { flow: false });

export function orderText(t: OrderTemplate): string {
  const d = t.details ?? {};
  const lines = [
    `# yaml-language-server: $schema=${t.schemaRef}`,
    '# 新订单：填写并取消注释（删去 #）所需的键；`gendan checklist` 会列出当前阶段还缺什么。',
    '# New order: fill in and uncomment (remove the #) the keys you need; `gendan checklist` shows what this stage still needs.',
    `id: ${q(t.id)}`,
    'status: received',
    'customer:',
    `  name: ${q(t.customer)}`,
    d.contact !== undefined ? `  contact: ${q(d.contact)}` : '  # contact: 王经理',
    d.phone !== undefined ? `  phone: ${JSON.stringify(d.phone)}` : '  # phone: "+86 574 8888 1234"',
    ...(t.sales ? [`sales: ${q(t.sales)}`] : []),
    `ordered: ${t.today}`,
    'currency: CNY',
  ];
  if (d.deposit !== undefined || d.balance !== undefined) {
    lines.push('payment:');
    if (d.deposit !== undefined) lines.push(`  deposit_percent: ${d.deposit}`);
    if (d.balance !== undefined) lines.push(`  balance: ${d.balance}`);
    if (d.balanceDays !== undefined) lines.push(`  balance_days: ${d.balanceDays}`);
  } else lines.push('# payment:', '#   deposit_percent: 30', '#   balance: before_shipment   # before_shipment | on_delivery | days_after_delivery');
  lines.push('lines:', `  - model: ${q(t.model)}`, `    quantity: ${t.quantity}`, `    unit: ${q(t.unit)}`, d.price !== undefined ? `    unit_price: ${d.price}` : '    # unit_price: 128.50');
  const delivery: [string, string | undefined, string][] = [
    ['requested', d.requested, 'YYYY-MM-DD'],
    ['method', d.method, 'truck              # express | truck | sea | air | pickup'],
    ['address', d.address === undefined ? undefined : q(d.address), '浙江省宁波市北仑区…'],
    ['recipient', d.recipient === undefined ? undefined : q(d.recipient), '王经理'],
    ['phone', d.deliveryPhone === undefined ? undefined : JSON.stringify(d.deliveryPhone), '"138 0000 0000"'],
  ];
  const given = delivery.some(([, v]) => v !== undefined);
  lines.push(given ? 'delivery:' : '# delivery:');
  // Under a `delivery:` that is there, the keys still to fill in are comments at its indent.
  for (const [key, value, example] of delivery) lines.push(value !== undefined ? `  ${key}: ${value}` : given ? `  # ${key}: ${example}` : `#   ${key}: ${example}`);
  lines.push(
    given ? '  # special: []                # designated_carrier | special_packaging | door_delivery | self_pickup | …' : '#   special: []                # designated_carrier | special_packaging | door_delivery | self_pickup | …',
    '# confirmation:',
    '#   date: YYYY-MM-DD',
    '#   channel: phone             # phone | email | wechat | meeting | fax | other',
    '#   terms: [delivery, payment, quality]',
    '# production:',
    '#   handoff: YYYY-MM-DD',
    '#   milestones:',
    '#     - { name: 装配完成, due: YYYY-MM-DD }',
    '# shipments:',
    '#   - { shipped: YYYY-MM-DD, carrier: 德邦物流, tracking: "DP123", eta: YYYY-MM-DD }',
    '# payments:',
    '#   - { date: YYYY-MM-DD, amount: 1000.00, note: 定金 }',
    '# follow_up:',
    '#   done: YYYY-MM-DD',
    '#   satisfaction: 5            # 1..5',
    '# documents:',
    '#   - { kind: contract, ref: HT-2026-0001 }',
    'history:',
    `  - { at: ${JSON.stringify(t.at)}, to: received }`,
    '',
  );
  return lines.join('\n');
}

/** The next free id `SO-<year>-NNNN` after the highest one of that year in use. */
export function nextId(year: string, taken: Iterable<string>): string {
  const re = new RegExp(`^SO-${year}-(\\d+)$`);
  let max = 0;
  let width = 4;
  for (const id of taken) {
    const m = re.exec(id);
    if (!m) continue;
    max = Math.max(max, Number(m[1]));
    width = Math.max(width, m[1]!.length);
  }
  return `SO-${year}-${String(max + 1).padStart(width, '0')}`;
}

export interface ImportedTemplate {
  /** The order's data without `history`: keys in any order, put in the schema's here. */
  data: Data;
  schemaRef: string;
  at: string;
  /** The history entry's note ("imported from orders.xlsx row 3"). */
  note: string;
}

/** Keys of `data` at `path` in the schema's order; keys the schema does not list last. */
function sorted(data: Data, path: (string | number)[]): Data {
  if (Array.isArray(data)) return data.map((item, i) => sorted(item, [...path, i]));
  if (!isObject(data)) return data;
  const order = keyOrder(path);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const out: { [key: string]: Data } = {};
  for (const k of Object.keys(data).sort((a, b) => rank(a) - rank(b))) out[k] = sorted(data[k]!, [...path, k]);
  return out;
}

/**
 * The text of an order made from another program's rows (`gendan import orders`): the
 * same modeline, key order and layout as `gendan new`, its values filled in, and a
 * `history` entry into `received` that says where it came from.
 */
export function importedOrderText(t: ImportedTemplate): string {
  const layout = { step: 2, seqIndent: 2, flowItems: false };
  const data = sorted(t.data, []) as { [key: string]: Data };
  const lines = [`# yaml-language-server: $schema=${t.schemaRef}`];
  for (const [key, value] of Object.entries(data)) if (key !== 'history') lines.push(...renderPair(key, value, 0, layout));
  lines.push('history:', `  - { at: ${JSON.stringify(t.at)}, to: received, note: ${renderScalar(t.note, { flow: true })} }`, '');
  return lines.join('\n');
}
