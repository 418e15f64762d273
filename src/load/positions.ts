// The one place where positions are computed: data paths and offsets become 1-based
// line and column, through the yaml package's node ranges and LineCounter.
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { DataPath, Where } from '../model/problem.js';

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

/** Offset → line/column for a text; a LineCounter filled while parsing. */
export function positionAt(counter: LineCounter, offset: number): Position {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/**
 * Find the offset for a data path in a parsed document. `key` points at the key holding the
 * value (for a sequence item: at the item); `value` at the value itself, falling back to
 * the key when the value is empty. A path that runs out early points at the deepest part
 * that exists.
 */
export function offsetOf(doc: Document, path: DataPath, at: 'key' | 'value'): number | undefined {
  const { isMap, isSeq } = yaml();
  let node: unknown = doc.contents;
  let keyStart: number | undefined;
  let valueStart: number | undefined = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pairs = pairsOf(node);
      const pair = pairs.get(String(segment)) ?? pairs.get(collectionKey(String(segment)));
      if (!pair) return keyStart ?? valueStart;
      keyStart = rangeStart(pair.key);
      node = pair.value;
      valueStart = rangeStart(node) ?? keyStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return keyStart ?? valueStart;
      node = item;
      keyStart = rangeStart(item);
      valueStart = keyStart;
    } else {
      return at === 'key' ? (keyStart ?? valueStart) : valueStart;
    }
  }
  if (path.length === 0) return at === 'key' ? 0 : valueStart;
  return at === 'key' ? keyStart : valueStart;
}

/** Each mapping's pairs by key (first occurrence), built once: many problems in one huge
 * mapping must not cost a scan each. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    const { isPair } = yaml();
    for (const p of map.items) {
      const k = isPair(p) ? keyOf(p.key) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function keyOf(key: unknown): string | undefined {
  const { isScalar, isCollection } = yaml();
  if (isScalar(key)) return String(key.value);
  // A collection as a key (`[a, b]: x`) becomes its flow text in the data; spacing and
  // quoting differ between the two renderings, so both are compared without them.
  if (isCollection(key)) return collectionKey(String(key));
  return undefined;
}

const collectionKey = (text: string) => `\0${text.replace(/[\s"']/g, '')}`;

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

export function locate(doc: Document | undefined, counter: LineCounter | undefined, where: Where): Position {
  if ('line' in where) return { line: where.line, column: where.column };
  if (!counter) return START;
  if ('offset' in where) return positionAt(counter, where.offset);
  if (!doc) return START;
  const offset = offsetOf(doc, where.path, where.at);
  return offset === undefined ? START : positionAt(counter, offset);
}
