// `gendan import orders --update`: what changes in an order that is already there. Pure:
// the existing order and the imported data in, edit operations and a summary out. Only
// keys the file's columns gave are compared; a moved promised date or quantity is also
// written to `changes` (reason "import"), as `gendan change` would.
import type { Op } from '../edit/ops.js';
import type { Order } from '../model/order.js';
import type { Data } from './orders.js';
import { getPath } from './orders.js';

export interface FieldChange {
  field: string;
  from?: string | number | boolean;
  to: string | number | boolean;
}

export interface UpdatePlan {
  ops: Op[];
  changed: FieldChange[];
}

const SKIP = new Set(['id', 'status', 'lines', 'history']);
const TRACKED = new Set(['delivery.promised']);

type Leaf = string | number | boolean;
const isLeaf = (v: unknown): v is Leaf => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function leaves(data: Data, prefix: string[] = []): [string[], Leaf][] {
  const out: [string[], Leaf][] = [];
  for (const [k, v] of Object.entries(data)) {
    if (prefix.length === 0 && SKIP.has(k)) continue;
    if (isLeaf(v)) out.push([[...prefix, k], v]);
    else if (!Array.isArray(v)) out.push(...leaves(v, [...prefix, k]));
  }
  return out;
}

/**
 * `given` says which top-level paths came from the file (not defaults such as `ordered`
 * on the import date or `currency: CNY`).
 */
export function planUpdate(existing: Order, imported: Data, given: (path: string) => boolean, today: string): UpdatePlan {
  const ops: Op[] = [];
  const changed: FieldChange[] = [];
  const changes: Data[] = [];
  const set = (path: (string | number)[], from: Leaf | undefined, to: Leaf, tracked: boolean) => {
    ops.push({ kind: 'set', path, value: to });
    const field = path.join('.');
    changed.push({ field, ...(from !== undefined ? { from } : {}), to });
    if (tracked && from !== undefined) changes.push({ date: today, field, from, to, reason: 'import' });
  };
  for (const [path, to] of leaves(imported)) {
    if (!given(path.join('.'))) continue;
    const from = getPath(existing, path);
    if (from === to) continue;
    set(path, isLeaf(from) ? from : undefined, to, TRACKED.has(path.join('.')));
  }
  const have = existing.lines ?? [];
  const used = new Set<number>();
  let appended = 0;
  for (const line of (imported.lines ?? []) as Data[]) {
    const k = have.findIndex((l, i) => !used.has(i) && l.model === line.model);
    if (k < 0) {
      ops.push({ kind: 'append', path: ['lines'], item: line as never });
      changed.push({ field: `lines.${have.length + appended++}`, to: `${String(line.model)} ${String(line.quantity)} ${String(line.unit ?? '')}`.trim() });
      continue;
    }
    used.add(k);
    for (const [key, to] of Object.entries(line)) {
      if (!isLeaf(to)) continue;
      const from = (have[k] as Record<string, unknown>)[key];
      if (from !== to) set(['lines', k, key], isLeaf(from) ? from : undefined, to, key === 'quantity');
    }
  }
  for (const c of changes) ops.push({ kind: 'append', path: ['changes'], item: c as never });
  return { ops, changed };
}
