// Small workspaces for report tests: orders written as data (turned into YAML), a catalog
// with a made-to-order and a stock model, and helpers that run a report through the CLI.
import { stringify } from 'yaml';
import { gendan, workspace, type Run } from '../helpers/cli.js';

export const CATALOG = `products:
  - { model: XK-200, unit: pcs, alt_units: { box: 10 }, fulfilment: make, lead_days: 15 }
  - { model: LX4, unit: pcs, fulfilment: stock, lead_days: 2 }
`;

export const CONFIG = `catalog: catalog.yaml
calendar: { region: CN }
`;

type Data = Record<string, unknown>;

/** A valid order in the given status; `extra` keys replace or add to the base. */
export function order(id: string, status: string, extra: Data = {}): Data {
  return {
    id,
    status,
    customer: { name: '宁波恒达机械有限公司', contact: '王经理', phone: '+86 574 8888 1234' },
    sales: '李娜',
    ordered: '2026-11-02',
    lines: [{ model: 'XK-200', quantity: 300, unit: 'pcs', unit_price: 100 }],
    ...extra,
  };
}

export function ws(orders: Data[], files: Record<string, string> = {}, config = CONFIG): string {
  const entries = Object.fromEntries(orders.map((o) => [`orders/${String(o.id)}.yaml`, stringify(o)]));
  return workspace({ 'gendan.yaml': config, 'catalog.yaml': CATALOG, ...entries, ...files });
}

export interface JsonRow {
  order: string;
  file: string;
  customer: string;
  kind: string;
  what: string;
  due: string;
  days_late: number;
  action: string;
}

export async function report(name: string, cwd: string, today: string, args: string[] = []): Promise<Run & { rows: JsonRow[]; today: string }> {
  const r = await gendan(['report', name, '--today', today, '--format', 'json', ...args], { cwd });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { today: string; rows: JsonRow[] };
  return { ...r, ...out };
}

/** The rows of one kind. */
export const ofKind = (rows: JsonRow[], kind: string) => rows.filter((r) => r.kind === kind);
