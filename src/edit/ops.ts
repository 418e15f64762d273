// What an edit does, as data: set a scalar (or add a missing key with any value), or append
// an item to a list. The same
// operation is applied to the text (splice.ts) and to the plain data, and the two must agree.
import type { DataPath } from '../model/problem.js';
import type { Data } from './render.js';

export type Op = { kind: 'set'; path: DataPath; value: Data } | { kind: 'append'; path: DataPath; item: Data };

type Holder = Record<string | number, unknown>;

/** The data after `op`, on a copy. */
export function applyToData(data: unknown, op: Op): unknown {
  const root = structuredClone(data) as Holder;
  let node: Holder = root;
  const last = op.path.length - 1;
  for (let i = 0; i < last; i++) {
    const seg = op.path[i]!;
    const next = node[seg];
    if (next === null || next === undefined) node[seg] = {};
    node = node[seg] as Holder;
  }
  const key = op.path[last]!;
  if (op.kind === 'set') node[key] = op.value;
  else {
    const list = node[key];
    node[key] = Array.isArray(list) ? [...list, op.item] : [op.item];
  }
  return root;
}
