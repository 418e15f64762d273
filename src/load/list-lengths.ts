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

/** A path built only when a list is too long: each step points at the one before. */
interface Step {
  up: Step | undefined;
  key: string | number;
}

function pathOf(step: Step | undefined): DataPath {
  const out: DataPath = [];
  for (let s = step; s; s = s.up) out.push(s.key);
  return out.reverse();
}

/** Finds and removes the lists of `data` over their `maxItems`; `data` is changed in place. */
export function removeTooLong(data: object, schema: object): TooLong {
  const out: TooLong = { findings: [], removed: [] };
  const stack: [unknown, Node, Step | undefined][] = [[data, schema, undefined]];
  while (stack.length > 0) {
    const [value, node, at] = stack.pop()!;
    if (Array.isArray(value)) {
      const items = node.items;
      if (items && holdsLists(items)) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], items, { up: at, key: i }]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const holder = value as Record<string, unknown>;
    for (const [key, child] of listHolders(node)) {
      if (!Object.prototype.hasOwnProperty.call(holder, key)) continue;
      const v = holder[key];
      if (Array.isArray(v) && child.maxItems !== undefined && v.length > child.maxItems) {
        const here = pathOf({ up: at, key });
        out.findings.push({ rule: 'schema', where: { path: here, at: 'value' }, msg: { id: 'schema/too-many-items', args: { path: showPath(here), limit: child.maxItems, count: v.length } } });
        out.removed.push({ at: pathOf(at), key });
        delete holder[key];
      } else stack.push([v, child, { up: at, key }]);
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

const holders = new WeakMap<Node, [string, Node][]>();

/** The properties of a mapping's schema that are, or hold, a list with a maxItems. */
function listHolders(node: Node): [string, Node][] {
  let found = holders.get(node);
  if (!found) {
    found = Object.entries(node.properties ?? {}).filter(([, child]) => holdsLists(child));
    holders.set(node, found);
  }
  return found;
}
