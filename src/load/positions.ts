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
  return walk(doc, path, at).offset;
}

/** The offset, and whether the whole path was found (not a shallower part standing in). */
function walk(doc: Document, path: DataPath, at: 'key' | 'value'): { offset: number | undefined; whole: boolean } {
  const { isMap, isSeq } = yaml();
  let node: unknown = doc.contents;
  let keyStart: number | undefined;
  let valueStart: number | undefined = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pairs = pairsOf(node);
      const pair = pairs.get(String(segment)) ?? pairs.get(collectionKey(String(segment)));
      if (!pair) return { offset: keyStart ?? valueStart, whole: false };
      keyStart = rangeStart(pair.key);
      node = pair.value;
      valueStart = rangeStart(node) ?? keyStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return { offset: keyStart ?? valueStart, whole: false };
      node = item;
      keyStart = rangeStart(item);
      valueStart = keyStart;
    } else {
      return { offset: at === 'key' ? (keyStart ?? valueStart) : valueStart, whole: false };
    }
  }
  if (path.length === 0) return { offset: at === 'key' ? 0 : valueStart, whole: true };
  return { offset: at === 'key' ? keyStart : valueStart, whole: true };
}

/**
 * The offset of a path when the document was parsed from the start of the text only (see
 * prefixOf): undefined unless the whole path was found there, for what a prefix lacks may
 * be where the full text has the path.
 */
export function offsetInPrefix(doc: Document, path: DataPath, at: 'key' | 'value'): number | undefined {
  const found = walk(doc, path, at);
  return found.whole ? found.offset : undefined;
}

/**
 * The start of `text` up to about `size` characters, cut before a line that no value
 * before it can continue into: a line with content, indented no deeper than the line
 * with content before it, and not a `- ` item that could be the value of a `key:` there.
 * Every node that starts before the cut starts at the same offset in a parse of the prefix
 * as in a parse of the whole text. Undefined when the text is not much longer than that.
 */
export function prefixOf(text: string, size: number): string | undefined {
  if (text.length < 2 * size) return undefined;
  let prevIndent = -1;
  let prevOpen = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    let n = at;
    while (text.charCodeAt(n) === 32) n++;
    const blank = n === end || text.charCodeAt(n) === 35 /* # */ || (n === end - 1 && text.charCodeAt(n) === 13);
    if (!blank) {
      const indent = n - at;
      // `-` then a space, a tab or the end of the line (`\r\n` included).
      const after = text.charCodeAt(n + 1);
      const dash = text.charCodeAt(n) === 45 && (n + 1 === end || after === 32 || after === 9 || after === 13);
      if (at >= size && prevIndent >= 0 && (indent < prevIndent || (indent === prevIndent && !(dash && prevOpen)))) return text.slice(0, at);
      prevIndent = indent;
      prevOpen = /:\s*(#.*)?\r?$/.test(text.slice(n, end));
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
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
