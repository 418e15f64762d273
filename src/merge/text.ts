// The merge's edits on our text, as the edit path makes them (edit/splice.ts): a scalar's
// source replaced in its own quoting style; their new log entries copied line for line from
// their text — comments and layout included — into our list, in date order. Pure.
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import type { DataPath } from '../model/problem.js';
import { renderItem, renderLike } from '../edit/render.js';
import { appendItem, QUOTED_KEYS, setScalar, sourceDocument } from '../edit/splice.js';
import { afterLine, column, lineStart, newlineOf, pastOwnComments } from '../edit/text.js';
import { CannotMerge, type TextOp } from './plan.js';

interface Splice {
  at: number;
  end: number;
  text: string;
  seq: number;
}

export function applyToOurs(ours: string, theirs: string, ops: TextOp[]): string {
  const first = sourceDocument(ours);
  // Edits that create keys or lists go one after the other (each on the text before);
  // they never move an entry, so the rest can then be found on one parse of the result.
  const inPlace = (op: TextOp) => (op.kind === 'set' ? scalarAt(first, op.path) !== undefined : blockSeqAt(first, op.path) !== undefined);
  let text = ours;
  for (const op of ops) {
    if (inPlace(op)) continue;
    if (op.kind === 'insert' && op.before !== undefined) throw new CannotMerge(`${op.path.join('.')}: an entry to put between entries of a one-line list`);
    text = op.kind === 'set' ? setScalar(text, op.path, op.value) : appendItem(text, op.path, op.item);
  }
  const doc = text === ours ? first : sourceDocument(text);
  const theirDoc = lazy(() => sourceDocument(theirs));
  const nl = newlineOf(text);
  const splices: Splice[] = [];
  ops.filter(inPlace).forEach((op, seq) => {
    if (op.kind === 'set') {
      const node = scalarAt(doc, op.path)!;
      const [start, end] = node.range!;
      splices.push({ at: start, end, text: renderLike(op.value, node.type, inFlow(doc, op.path)), seq });
      return;
    }
    const list = blockSeqAt(doc, op.path)!;
    const dash = column(text, list.range![0]);
    const at = op.before === undefined ? endOfList(text, list, dash) : startOfEntry(text, list.items[op.before] as Node, dash);
    const lines = theirLines(theirs, theirDoc(), op, dash) ?? renderEntry(text, list, op, dash);
    const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? nl : '';
    splices.push({ at, end: at, text: lead + lines.join(nl) + nl, seq });
  });
  splices.sort((a, b) => b.at - a.at || b.seq - a.seq);
  for (const s of splices) text = text.slice(0, s.at) + s.text + text.slice(s.end);
  return text;
}

function lazy<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

function scalarAt(doc: Document, path: DataPath) {
  const node = doc.getIn(path, true);
  return isScalar(node) && node.range && node.value !== null ? node : undefined;
}

function blockSeqAt(doc: Document, path: DataPath): YAMLSeq | undefined {
  const node = doc.getIn(path, true);
  return isSeq(node) && !node.flow && node.items.length > 0 && node.range ? node : undefined;
}

/** Whether the value at `path` sits inside a one-line { } or [ ] collection. */
function inFlow(doc: Document, path: DataPath): boolean {
  for (let i = 0; i < path.length; i++) {
    const node = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true);
    if ((isMap(node) || isSeq(node)) && node.flow) return true;
  }
  return false;
}

const range = (node: Node) => {
  if (!node.range) throw new CannotMerge('an entry without a place in the text');
  return node.range;
};

/** Just after the list's last entry and the comments that belong to it (as appendItem puts it). */
function endOfList(text: string, list: YAMLSeq, dash: number): number {
  const last = list.items[list.items.length - 1] as Node;
  return pastOwnComments(text, afterLine(text, range(last)[1] - 1), dash);
}

/** The start of an entry's `-` line, and of the comment lines just above it at its indent. */
function startOfEntry(text: string, entry: Node, dash: number): number {
  let at = lineStart(text, range(entry)[0]);
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    const line = text.slice(prev, at).replace(/\r?\n$/, '');
    const m = /^( *)#/.exec(line);
    if (!m || m[1]!.length !== dash) break;
    at = prev;
  }
  return at;
}

/** Their entry's own lines (comments above and after it included), moved to our list's indent. */
function theirLines(theirs: string, doc: Document, op: Extract<TextOp, { kind: 'insert' }>, dash: number): string[] | undefined {
  const list = blockSeqAt(doc, op.from.slice(0, -1));
  const entry = list?.items[op.from[op.from.length - 1] as number] as Node | undefined;
  if (!list || !entry) return undefined;
  const theirDash = column(theirs, list.range![0]);
  const start = startOfEntry(theirs, entry, theirDash);
  const end = pastOwnComments(theirs, afterLine(theirs, range(entry)[1] - 1), theirDash);
  const lines = theirs.slice(start, end).replace(/\r?\n$/, '').split(/\r?\n/);
  const shift = dash - theirDash;
  if (shift === 0) return lines;
  return lines.map((line) => {
    if (shift > 0) return line === '' ? line : ' '.repeat(shift) + line;
    if (line.trim() !== '' && !line.startsWith(' '.repeat(-shift))) throw new CannotMerge('an entry that cannot be moved to our indentation');
    return line.slice(Math.min(-shift, line.length - line.trimStart().length));
  });
}

/** Their entry written afresh (their list was a one-line list) in the style of our last entry. */
function renderEntry(text: string, list: YAMLSeq, op: Extract<TextOp, { kind: 'insert' }>, dash: number): string[] {
  const last = list.items[list.items.length - 1] as Node;
  const content = column(text, range(last)[0]);
  const flowItems = !(isMap(last) && !last.flow);
  return renderItem(op.item, dash, content, { step: 2, seqIndent: 2, flowItems, quoted: QUOTED_KEYS });
}
