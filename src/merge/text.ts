// The merge's edits on our text, as the edit path makes them (edit/splice.ts): a scalar's
// source replaced in its own quoting style; their new log entries copied line for line from
// their text — comments and layout included — into our list, in date order. Pure.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { DataPath } from '../model/problem.js';
import { renderItem, renderLike } from '../edit/render.js';
import { appendItem, QUOTED_KEYS, setScalar, sourceDocument } from '../edit/splice.js';
import { afterLine, lineStart, newlineOf, pastOwnComments } from '../edit/text.js';
import { listLines, type ListLines } from './lines.js';
import { CannotMerge, type TextOp } from './plan.js';

type Insert = Extract<TextOp, { kind: 'insert' }>;

interface Splice {
  at: number;
  end: number;
  text: string;
  seq: number;
}

/**
 * A block list's entries in a text: found by its lines for a top-level list (`quick`), else
 * through the yaml Document (parsed only when asked for).
 */
class Lists {
  private doc?: Document;
  private readonly found = new Map<string, ListLines | undefined>();

  constructor(
    readonly text: string,
    private readonly quick: boolean,
  ) {}

  document(): Document {
    return (this.doc ??= sourceDocument(this.text));
  }

  at(path: DataPath): ListLines | undefined {
    const key = JSON.stringify(path);
    if (!this.found.has(key)) {
      const fast = this.quick && path.length === 1 && typeof path[0] === 'string' ? listLines(this.text, path[0]) : undefined;
      this.found.set(key, fast ?? this.fromDocument(path));
    }
    return this.found.get(key);
  }

  private fromDocument(path: DataPath): ListLines | undefined {
    const node = this.document().getIn(path, true);
    if (!isSeq(node) || node.flow || node.items.length === 0 || !node.range) return undefined;
    const dash = node.range[0] - lineStart(this.text, node.range[0]);
    const entries = node.items.map((item) => {
      const r = (item as Node).range;
      if (!r) throw new CannotMerge('an entry without a place in the text');
      return { start: lineStart(this.text, r[0]), end: r[1] };
    });
    return { dash, entries };
  }
}

/** `quick`: find top-level lists by their lines; false: always through the yaml Document. */
export function applyToOurs(ours: string, theirs: string, ops: TextOp[], quick = true): string {
  const first = new Lists(ours, quick);
  // Edits that create keys or lists go one after the other (each on the text before);
  // they never move an entry, so the rest can then be found in one reading of the result.
  const inPlace = (op: TextOp) => (op.kind === 'set' ? scalarAt(first.document(), op.path) !== undefined : first.at(op.path) !== undefined);
  const placed = ops.map(inPlace);
  let text = ours;
  ops.forEach((op, i) => {
    if (placed[i]) return;
    if (op.kind === 'insert' && op.before !== undefined) throw new CannotMerge(`${op.path.join('.')}: an entry to put between entries of a one-line list`);
    text = op.kind === 'set' ? setScalar(text, op.path, op.value) : appendItem(text, op.path, op.item);
  });
  const mine = text === ours ? first : new Lists(text, quick);
  const their = new Lists(theirs, quick);
  const nl = newlineOf(text);
  const splices: Splice[] = [];
  ops.forEach((op, seq) => {
    if (!placed[seq]) return;
    if (op.kind === 'set') {
      const doc = mine.document();
      const node = scalarAt(doc, op.path)!;
      const [start, end] = node.range!;
      splices.push({ at: start, end, text: renderLike(op.value, node.type, inFlow(doc, op.path)), seq });
      return;
    }
    const list = mine.at(op.path)!;
    const at = op.before === undefined ? endOfList(text, list) : startOfEntry(text, list.entries[op.before]!.start, list.dash);
    const lines = theirLines(theirs, their.at(op.from.slice(0, -1)), op, list.dash) ?? renderEntry(mine, op, list);
    const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? nl : '';
    splices.push({ at, end: at, text: lead + lines.join(nl) + nl, seq });
  });
  splices.sort((a, b) => b.at - a.at || b.seq - a.seq);
  // Put together in one pass from the end: one copy of the text, not one per edit.
  const parts: string[] = [];
  let end = text.length;
  for (const s of splices) {
    parts.push(text.slice(s.end, end), s.text);
    end = s.at;
  }
  parts.push(text.slice(0, end));
  return parts.reverse().join('');
}

function scalarAt(doc: Document, path: DataPath) {
  const node = doc.getIn(path, true);
  return isScalar(node) && node.range && node.value !== null ? node : undefined;
}

/** Whether the value at `path` sits inside a one-line { } or [ ] collection. */
function inFlow(doc: Document, path: DataPath): boolean {
  for (let i = 0; i < path.length; i++) {
    const node = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true);
    if ((isMap(node) || isSeq(node)) && node.flow) return true;
  }
  return false;
}

/** Just after the list's last entry and the comments that belong to it (as appendItem puts it). */
function endOfList(text: string, list: ListLines): number {
  const last = list.entries[list.entries.length - 1]!;
  return pastOwnComments(text, afterLine(text, last.end - 1), list.dash);
}

/** The start of an entry's `-` line (`at`), and of the comment lines just above it at its indent. */
function startOfEntry(text: string, at: number, dash: number): number {
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
function theirLines(theirs: string, list: ListLines | undefined, op: Insert, dash: number): string[] | undefined {
  const entry = list?.entries[op.from[op.from.length - 1] as number];
  if (!list || !entry) return undefined;
  const start = startOfEntry(theirs, entry.start, list.dash);
  const end = pastOwnComments(theirs, afterLine(theirs, entry.end - 1), list.dash);
  const lines = theirs.slice(start, end).replace(/\r?\n$/, '').split(/\r?\n/);
  const shift = dash - list.dash;
  if (shift === 0) return lines;
  return lines.map((line) => {
    if (shift > 0) return line === '' ? line : ' '.repeat(shift) + line;
    if (line.trim() !== '' && !line.startsWith(' '.repeat(-shift))) throw new CannotMerge('an entry that cannot be moved to our indentation');
    return line.slice(Math.min(-shift, line.length - line.trimStart().length));
  });
}

/** Their entry written afresh (their list was a one-line list) in the style of our last entry. */
function renderEntry(mine: Lists, op: Insert, list: ListLines): string[] {
  const last = mine.document().getIn([...op.path, list.entries.length - 1], true) as Node | undefined;
  const content = last?.range ? last.range[0] - lineStart(mine.text, last.range[0]) : list.dash + 2;
  const flowItems = !(isMap(last) && !last.flow);
  return renderItem(op.item, list.dash, content, { step: 2, seqIndent: 2, flowItems, quoted: QUOTED_KEYS });
}
