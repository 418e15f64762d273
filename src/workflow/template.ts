// The text of a new order file (`gendan new`, `gendan init`). It passes the schema as it
// is; the keys still to fill in are there as comments, in the order of SPEC §2.
import { renderScalar } from '../edit/render.js';

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
  for (const [key, value, example] of delivery) lines.push(value !== undefined ? `  ${key}: ${value}` : `#   ${key}: ${example}`);
  lines.push(
    given ? '  # special: []              # designated_carrier | special_packaging | door_delivery | self_pickup | …' : '#   special: []                # designated_carrier | special_packaging | door_delivery | self_pickup | …',
    '# confirmation:',
    '#   date: YYYY-MM-DD',
    '#   channel: phone             # phone | email | wechat | meeting | fax | other',
    '#   terms: [delivery, payment, quality]',
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
