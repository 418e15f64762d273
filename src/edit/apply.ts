// Apply operations to an order's text and prove the result: it parses, it holds exactly
// the intended data, and it has no schema problem the original did not have. Pure.
import { isDeepStrictEqual } from 'node:util';
import type { ErrorObject } from 'ajv';
import { parseData } from '../load/parse.js';
import { validator } from '../load/schemas.js';
import { topBlock } from './blocks.js';
import { onLines } from './lines.js';
import { applyToData, type Op } from './ops.js';
import { appendItem, blockDocument, EditBug, setScalar, sourceDocument } from './splice.js';
import { newlineOf } from './text.js';
import type { Document } from 'yaml';

export { EditBug };

export interface Applied {
  text: string;
  data: unknown;
}

export function applyOps(text: string, data: unknown, ops: Op[]): Applied {
  let intended = data;
  for (const op of ops) intended = applyToData(intended, op);
  // Each operation is worked out on the text before any of them, on a Document of just the
  // top-level block it changes when that is enough, else of the whole file. Changes far
  // apart (advance: the status and a history entry) are then put together. Anything else,
  // or a result that does not prove out, is done one operation after the other.
  for (const each of [() => inBlocks(text, data, ops), () => (ops.length > 1 ? onWhole(text, ops) : undefined)]) {
    const results = each();
    const together = results && merged(text, results);
    if (together === undefined) continue;
    const proved = prove(data, intended, together);
    if (typeof proved !== 'string') return proved;
  }
  let out = text;
  for (const op of ops) out = applyOp(out, op);
  const proved = prove(data, intended, out);
  if (typeof proved === 'string') throw new EditBug(proved);
  return proved;
}

function applyOp(text: string, op: Op, doc: Document = sourceDocument(text)): string {
  return op.kind === 'set' ? setScalar(text, op.path, op.value, doc) : appendItem(text, op.path, op.item, doc);
}

/** Each operation applied to `text` on one Document of the whole file; undefined when one fails. */
function onWhole(text: string, ops: Op[]): string[] | undefined {
  const doc = sourceDocument(text);
  try {
    return ops.map((op) => applyOp(text, op, doc));
  } catch (e) {
    if (e instanceof EditBug) return undefined; // may well work in turn
    throw e;
  }
}

function inBlocks(text: string, data: unknown, ops: Op[]): string[] | undefined {
  const results: string[] = [];
  for (const op of ops) {
    const out = inBlock(text, data, op);
    if (out === undefined) return undefined;
    results.push(out);
  }
  return results;
}

/**
 * `op` applied to `text` (whose data is `data`) on the lines of the top-level block it
 * changes (edit/lines.ts) or else on a Document of that block, which parses many times
 * faster than the whole file. Undefined when the
 * operation needs more (a new top-level key, the file's indentation habits) or when the
 * block, read alone, is not exactly what it is in the file.
 */
export function inBlock(text: string, data: unknown, op: Op): string | undefined {
  const key = op.path[0];
  if (typeof key !== 'string' || typeof data !== 'object' || data === null) return undefined;
  const at = topBlock(text, key);
  if (!at) return undefined;
  const block = text.slice(at[0], at[1]);
  if (newlineOf(block) !== newlineOf(text)) return undefined;
  // The lines hold what the file's data says they hold, or the line path steps aside.
  const quick = onLines(block, data as Record<string, unknown>, op);
  if (quick !== undefined) return text.slice(0, at[0]) + quick + text.slice(at[1]);
  const alone = parseData(block);
  if (alone.findings.length > 0 || !isDeepStrictEqual(alone.data, { [key]: (data as Record<string, unknown>)[key] })) return undefined;
  const doc = blockDocument(block);
  if (doc.errors.length > 0) return undefined;
  try {
    return text.slice(0, at[0]) + applyOp(block, op, doc) + text.slice(at[1]);
  } catch (e) {
    if (e instanceof EditBug) return undefined;
    throw e;
  }
}

/**
 * The changes of `results` (each `text` with one operation applied) put together, applied
 * from the end; undefined when two could be next to each other. A change found by comparing
 * texts may sit anywhere along a run of repeated text (an item inserted after a `#` line
 * or before it reads the same), so the whole stretch where it could be must be apart from
 * the others.
 */
function merged(text: string, results: string[]): string | undefined {
  if (results.length === 1) return results[0];
  const changes = results.map((r) => changeOf(text, r)).sort((a, b) => a.from - b.from);
  for (let i = 1; i < changes.length; i++) if (!apart(text.slice(changes[i - 1]!.to, changes[i]!.from))) return undefined;
  let out = text;
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    out = out.slice(0, c.start) + c.insert + out.slice(c.end);
  }
  return out;
}

/**
 * Whether two changes are far enough apart not to bear on each other: a whole line of
 * data between them. Comment lines do not count: where a new line goes depends on the
 * comments around it (pastOwnComments), and so on what the other change put next to them.
 */
function apart(between: string): boolean {
  return between.split('\n').slice(1, -1).some((line) => /^\s*[^\s#]/.test(line));
}

/** The stretch of `before` that `after` replaces ([start, end) → insert), and [from, to], all the places it could be said to be. */
function changeOf(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  const same = (i: number, j: number) => before.charCodeAt(i) === after.charCodeAt(j);
  let start = 0;
  while (start < max && same(start, start)) start++;
  let tail = 0;
  while (tail < max - start && same(before.length - 1 - tail, after.length - 1 - tail)) tail++;
  // The other way round: as much common text at the end as there is, then at the start.
  let tail2 = 0;
  while (tail2 < max && same(before.length - 1 - tail2, after.length - 1 - tail2)) tail2++;
  let start2 = 0;
  while (start2 < max - tail2 && same(start2, start2)) start2++;
  return {
    start,
    end: before.length - tail,
    insert: after.slice(start, after.length - tail),
    from: Math.min(start, start2),
    to: Math.max(before.length - tail, before.length - tail2),
  };
}

/** The result, or why it is not right. */
function prove(data: unknown, intended: unknown, out: string): Applied | string {
  const parsed = parseData(out);
  if (parsed.findings.length > 0) return `the edited text does not parse: ${parsed.findings[0]!.msg.id}`;
  if (!isDeepStrictEqual(parsed.data, intended)) return 'the edited text does not hold the intended data';
  const before = new Set(schemaErrors(data));
  const added = schemaErrors(parsed.data).filter((e) => !before.has(e));
  if (added.length > 0) return `the edit would add a schema problem: ${added[0]}`;
  return { text: out, data: parsed.data };
}

function schemaErrors(data: unknown): string[] {
  const validate = validator('order');
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
}
