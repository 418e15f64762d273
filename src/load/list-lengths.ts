// Lists longer than the schema allows (`maxItems`), found before the validator runs: with
// every error wanted, the validator would judge each item of a 500,000-item list, and
// keep an error for each. A list over its limit is one problem, and is taken out of the
// data (like any invalid list) so that the validator and the rules see the rest.
import type { DataPath, Finding } from '../model/problem.js';
import { showPath } from './schema-problems.js';

interface Node {
  type?: unknown;
  maxItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
}

export interface TooLong {
  findings: Finding[];
  /** Where each list was taken out: the holding mapping's path and the key. */
  removed: { at: DataPath; key: string }[];
}

/** Finds and removes the lists of `data` over their `maxItems`; `data` is changed in place. */
export function removeTooLong(data: object, schema: object): TooLong {
  const out: TooLong = { findings: [], removed: [] };
  const stack: [unknown, Node, DataPath][] = [[data, schema, []]];
  while (stack.length > 0) {
    const [value, node, path] = stack.pop()!;
    if (!holdsLists(node)) continue;
    if (Array.isArray(value)) {
      if (node.items) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], node.items, [...path, i]]);
      continue;
    }
    if (value === null || typeof value !== 'object' || !node.properties) continue;
    const holder = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(node.properties)) {
      if (!Object.prototype.hasOwnProperty.call(holder, key)) continue;
      const v = holder[key];
      const here = [...path, key];
      if (Array.isArray(v) && child.maxItems !== undefined && v.length > child.maxItems) {
        out.findings.push({ rule: 'schema', where: { path: here, at: 'value' }, msg: { id: 'schema/too-many-items', args: { path: showPath(here), limit: child.maxItems, count: v.length } } });
        out.removed.push({ at: path, key });
        delete holder[key];
      } else stack.push([v, child, here]);
    }
  }
  return out;
}

const holding = new WeakMap<Node, boolean>();

/** Whether a value of this schema can hold a list with a maxItems (most items cannot: not walked). */
function holdsLists(node: Node): boolean {
  let known = holding.get(node);
  if (known === undefined) {
    known = node.maxItems !== undefined || (node.items !== undefined && holdsLists(node.items)) || Object.values(node.properties ?? {}).some(holdsLists);
    holding.set(node, known);
  }
  return known;
}
