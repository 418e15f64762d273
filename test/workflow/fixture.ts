// A complete order that meets every checklist up to `closed`, and a workspace around it.
// Tests take lines out (`without`) or change them to make exactly one item unmet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gendan, workspace } from '../helpers/cli.js';
import { CATALOG } from '../rules/tester.js';

export const TODAY = '2026-11-28';

export function fullOrder(status: string, id = 'SO-1'): string {
  return `id: ${id}
status: ${status}
customer:
  name: 恒达机械
  contact: 王经理
  phone: "+86 574 8888 1234"
ordered: 2026-11-02
payment:
  deposit_percent: 30
  balance: before_shipment
lines:
  - { model: XK-210, quantity: 100, unit: pcs, unit_price: 10 }
delivery:
  requested: 2026-12-20
  method: truck
  address: 宁波北仑
  recipient: 王经理
  phone: "138 0000 0000"
confirmation:
  date: 2026-11-03
  channel: phone
  terms: [delivery, payment, quality]
production:
  handoff: 2026-11-04
  milestones:
    - { name: qc_passed, due: 2026-11-15, done: 2026-11-14 }
shipments:
  - { shipped: 2026-11-20, carrier: 德邦, tracking: "DP1", eta: 2026-11-24, delivered: 2026-11-23 }
contacts:
  - { date: 2026-11-03, node: confirmed, channel: phone }
  - { date: 2026-11-10, node: ship_date, channel: phone }
  - { date: 2026-11-20, node: shipped, channel: phone }
follow_up: { done: 2026-11-26, satisfaction: 5 }
payments:
  - { date: 2026-11-05, amount: 300 }
  - { date: 2026-11-18, amount: 700 }
documents:
  - { kind: contract, ref: HT-1 }
  - { kind: delivery_receipt, ref: QS-1 }
checklist:
  special_requests_reviewed: 2026-11-03
`;
}

/** Each line containing a key of `changes` replaced by its value ('' removes the line). */
export function change(text: string, changes: Record<string, string>): string {
  return text
    .split('\n')
    .flatMap((l) => {
      const key = Object.keys(changes).find((k) => l.includes(k));
      return key === undefined ? [l] : changes[key] === '' ? [] : [changes[key]!];
    })
    .join('\n');
}

/** The text without the lines that contain any of `parts`. */
export function without(text: string, ...parts: string[]): string {
  return text
    .split('\n')
    .filter((l) => !parts.some((p) => l.includes(p)))
    .join('\n');
}

export function ws(orders: Record<string, string>, catalog = CATALOG): string {
  const files: Record<string, string> = { 'gendan.yaml': 'catalog: catalog.yaml\n', 'catalog.yaml': catalog };
  for (const [id, text] of Object.entries(orders)) files[`orders/${id}.yaml`] = text;
  return workspace(files);
}

export const run = (dir: string, args: string[], env: Record<string, string> = {}) =>
  gendan([...args, '--today', TODAY], { cwd: dir, env: { GENDAN_NOW: '2026-11-28T09:30:00+08:00', ...env } });

export const read = (dir: string, id = 'SO-1') => readFileSync(join(dir, 'orders', `${id}.yaml`), 'utf8');
