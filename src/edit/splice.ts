// Minimal text edits on YAML source, found through the yaml package's node ranges: a
// scalar's source range is replaced; new keys and list items are inserted as new lines in
// the style around them. Nothing else in the text moves, so comments, quoting, key order,
// blank lines and line endings stay byte for byte.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DataPath } from '../model/problem.js';
import { keyOrder } from './key-order.js';
import { YAML_OPTIONS } from '../load/yaml-policy.js';
import { renderFlow, renderItem, renderLike, renderPair, type BlockLayout, type Data } from './render.js';
import { afterLine, column, insertLines, lineStart, newlineOf, pastOwnComments, splice } from './text.js';

export class EditBug extends Error {}

export const QUOTED_KEYS: ReadonlySet<string> = new Set(['at']);

interface Walk {
  /** nodes[i] is the node at path.slice(0, i); nodes[0] the document's root. */
  nodes: unknown[];
  /** pairs[i] is the pair holding nodes[i] (undefined for the root and list items). */
  pairs: (Pair | undefined)[];
  /** How many segments of the path exist. */
  depth: number;
  flow: boolean;
}

function walk(doc: Document, path: DataPath): Walk {
  const nodes: unknown[] = [doc.contents];
  const pairs: (Pair | undefined)[] = [undefined];
  let flow = false;
  for (const seg of path) {
    const node = nodes[nodes.length - 1];
    if (isMap(node) || isSeq(node)) flow ||= Boolean(node.flow);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      nodes.push(pair.value);
      pairs.push(pair);
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      nodes.push(node.items[seg]);
      pairs.push(undefined);
    } else break;
  }
  return { nodes, pairs, depth: nodes.length - 1, flow };
}

function range(node: unknown): [number, number, number] {
  const r = (node as Node | null | undefined)?.range;
  if (!r) throw new EditBug('node without a source range');
  return r;
}

const isEmpty = (node: unknown) => node === null || node === undefined || (isScalar(node) && node.value === null);

/**
 * Indentation habits of the file: map step and list indent, from the first examples found.
 * Worked out only when a rendering asks for them (a one-line `{ … }` item never does); a
 * Document of one top-level block (blockDocument) cannot tell them, and the edit is then
 * made on the whole file.
 */
function layoutOf(doc: Document, text: string, flowItems: boolean): BlockLayout {
  let found: { step: number; seqIndent: number } | undefined;
  const habits = () => {
    if (partial.has(doc)) throw new EditBug('the layout of the whole file is needed');
    return (found ??= habitsOf(doc, text));
  };
  return {
    get step() {
      return habits().step;
    },
    get seqIndent() {
      return habits().seqIndent;
    },
    flowItems,
    quoted: QUOTED_KEYS,
  };
}

function habitsOf(doc: Document, text: string): { step: number; seqIndent: number } {
  let step: number | undefined;
  let seqIndent: number | undefined;
  const visit = (node: unknown) => {
    if (!isMap(node) || node.flow) return;
    for (const p of node.items) {
      if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
      const keyCol = column(text, p.key.range[0]);
      const v = p.value;
      if (isMap(v) && !v.flow && v.items.length > 0 && v.range) step ??= column(text, v.range[0]) - keyCol;
      if (isSeq(v) && !v.flow && v.items.length > 0 && v.range) {
        seqIndent ??= column(text, v.range[0]) - keyCol;
        for (const item of v.items) visit(item);
      }
      visit(v);
    }
  };
  visit(doc.contents);
  return { step: step && step > 0 ? step : 2, seqIndent: seqIndent ?? 2 };
}

/** Documents of one top-level block cut out of a file (blockDocument). */
const partial = new WeakSet<Document>();

/**
 * The Document edits find their places in. Without the parser's own duplicate-key check,
 * which is quadratic and costs a cold start ~3 ms: a file with a repeated key is refused
 * before any edit (load/parse.ts finds them), and every edit's result is parsed again.
 */
export function sourceDocument(text: string): Document {
  return parseDocument(text, YAML_OPTIONS);
}

/**
 * The Document of `block`, one top-level `key: value` cut out of a file (edit/blocks.ts),
 * for edits inside that value. An edit that needs the file's indentation habits throws
 * EditBug, and the caller makes it on the whole file.
 */
export function blockDocument(block: string): Document {
  const doc = sourceDocument(block);
  partial.add(doc);
  return doc;
}

/**
 * Set a scalar at `path`, creating the mappings on the way when they are missing; a missing
 * key may also get a list or mapping (`terms: [delivery, payment]`). `doc` is `text` parsed.
 */
export function setScalar(text: string, path: DataPath, value: Data, doc: Document = sourceDocument(text)): string {
  const w = walk(doc, path);
  if (w.depth === path.length) {
    const node = w.nodes[w.depth];
    if (!isScalar(node) || (typeof value === 'object' && value !== null)) throw new EditBug(`not a scalar at ${path.join('.')}`);
    if (node.value === value) return text;
    const [start, end] = range(node);
    if (node.value === null) return fillEmpty(text, start, end, renderLike(value, undefined, w.flow));
    return splice(text, start, end, renderLike(value, node.type, w.flow));
  }
  return insertKey(doc, text, w, path, nest(path.slice(w.depth + 1), value));
}

/** Append `item` to the list at `path`, creating the list when it is missing. `doc` is `text` parsed. */
export function appendItem(text: string, path: DataPath, item: Data, doc: Document = sourceDocument(text)): string {
  const w = walk(doc, path);
  if (w.depth < path.length) return insertKey(doc, text, w, path, nest(path.slice(w.depth + 1), [item]));
  const node = w.nodes[w.depth];
  const nl = newlineOf(text);
  if (isEmpty(node)) return underKey(doc, text, text, w.pairs[w.depth]!, [item], true);
  if (!isSeq(node)) throw new EditBug(`not a list at ${path.join('.')}`);
  if (node.flow) {
    const [start, end] = range(node);
    if (node.items.length === 0) {
      // `key: []` becomes a block list: the key line loses its `[]`, the item follows below.
      const pair = w.pairs[w.depth]!;
      const colon = text.indexOf(':', range(pair.key)[1]);
      return underKey(doc, text, splice(text, colon + 1, end, ''), pair, [item], true);
    }
    const close = text.lastIndexOf(']', end - 1);
    let at = close;
    while (at > start && /\s/.test(text[at - 1]!)) at--;
    return splice(text, at, at, `, ${renderFlow(item, QUOTED_KEYS)}`);
  }
  return appendBlockItem(doc, text, node, item, nl);
}

function nest(rest: DataPath, leaf: Data): Data {
  let out = leaf;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i]!;
    if (typeof seg === 'number') throw new EditBug('cannot create a list item by index');
    out = { [seg]: out };
  }
  return out;
}

/** `key:` with nothing after it gets a value on the same line. */
function fillEmpty(text: string, start: number, end: number, rendered: string): string {
  const before = text[start - 1];
  const lead = before === ':' ? ' ' : '';
  const trail = text[end] === '#' ? ' ' : '';
  return splice(text, start, end, lead + rendered + trail);
}

function appendBlockItem(doc: Document, text: string, seq: YAMLSeq, item: Data, nl: string): string {
  const last = seq.items[seq.items.length - 1];
  const dash = column(text, range(seq)[0]);
  const content = column(text, range(last)[0]);
  const flowItems = !(isMap(last) && !last.flow);
  const lines = renderItem(item, dash, content, layoutOf(doc, text, flowItems));
  const at = pastOwnComments(text, afterLine(text, range(last)[1] - 1), dash);
  return insertLines(text, at, lines, nl);
}

/** Add `key: data` where path[depth] is the first missing key, in the existing mapping or under an empty key. */
function insertKey(doc: Document, text: string, w: Walk, path: DataPath, data: Data): string {
  const key = path[w.depth];
  if (typeof key !== 'string') throw new EditBug('cannot create a list item by index');
  const holder = w.nodes[w.depth];
  if (isEmpty(holder) && w.pairs[w.depth]) return underKey(doc, text, text, w.pairs[w.depth]!, { [key]: data }, false);
  if (!isMap(holder)) throw new EditBug(`not a mapping at ${path.slice(0, w.depth).join('.')}`);
  const nl = newlineOf(text);
  if (holder.flow) {
    const [start, end] = range(holder);
    const close = text.lastIndexOf('}', end - 1);
    if (holder.items.length === 0) return splice(text, start, close + 1, renderFlow({ [key]: data }, QUOTED_KEYS));
    let at = close;
    while (at > start && /\s/.test(text[at - 1]!)) at--;
    return splice(text, at, at, `, ${renderFlow({ [key]: data }, QUOTED_KEYS).slice(2, -2)}`);
  }
  const indent = column(text, range(holder)[0]);
  const lines = renderPair(key, data, indent, layoutOf(doc, text, true));
  return insertLines(text, placeFor(text, holder, key, path.slice(0, w.depth)), lines, nl);
}

/** Where a new key goes in a block mapping: after the last key the schema lists before it. */
function placeFor(text: string, map: YAMLMap, key: string, mapPath: DataPath): number {
  const order = keyOrder(mapPath);
  const rank = (k: string) => order.indexOf(k);
  const pairs = map.items.filter(isPair);
  const mine = rank(key);
  let after: Pair | undefined = mine === -1 ? pairs[pairs.length - 1] : undefined;
  if (mine !== -1) for (const p of pairs) if (rank(keyName(p)) !== -1 && rank(keyName(p)) < mine) after = p;
  if (!after) {
    // Nothing the schema lists before it: in front of the first key that comes after it.
    const first = pairs.find((p) => rank(keyName(p)) > mine) ?? pairs[0]!;
    return lineStart(text, range(first.key)[0]);
  }
  const end = after.value ? range(after.value)[1] : range(after.key)[1];
  return pastOwnComments(text, afterLine(text, end - 1), column(text, range(map)[0]));
}

const keyName = (p: Pair) => String((p.key as { value?: unknown }).value);

/**
 * Lines for `data` under a key whose value is empty (`checklist:` with nothing after it).
 * `text` may differ from `original` after the key (a removed `[]`); layout comes from the original.
 */
function underKey(doc: Document, original: string, text: string, pair: Pair, data: Data, isList: boolean): string {
  const keyStart = range(pair.key)[0];
  const keyCol = column(original, keyStart);
  const layout = layoutOf(doc, original, true);
  const lines = isList
    ? (data as Data[]).flatMap((item) => renderItem(item, keyCol + layout.seqIndent, keyCol + layout.seqIndent + 2, layout))
    : Object.entries(data as Record<string, Data>).flatMap(([k, v]) => renderPair(k, v, keyCol + layout.step, layout));
  return insertLines(text, afterLine(text, keyStart), lines, newlineOf(original));
}
