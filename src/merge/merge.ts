// Merging three versions of an order file (base, ours, theirs) into one text: the data
// merged (plan.ts, resolve.ts), written into our text as a hand edit would be (text.ts),
// then proved — the result parses to exactly the merged data and has no schema problem
// that neither side had. Values both sides changed differently are left between conflict
// markers, one small block each. Whatever cannot be merged this way is `fallback`: the
// caller hands the file to git's own line merge. Pure: texts in, text out.
import { isDeepStrictEqual } from 'node:util';
import type { ErrorObject } from 'ajv';
import { parseData } from '../load/parse.js';
import { validator } from '../load/schemas.js';
import type { Order } from '../model/order.js';
import { EditBug, setScalar } from '../edit/splice.js';
import type { ChecklistContext } from '../workflow/checklist.js';
import { CannotMerge, planMerge, type Conflict, type TextOp } from './plan.js';
import { settleRules, statusPick } from './resolve.js';
import { applyToOurs } from './text.js';
import { markerBlock } from '../load/conflict-markers.js';

export type MergeOutcome =
  | { kind: 'merged'; text: string }
  | { kind: 'conflict'; text: string; conflicts: Conflict[] }
  | { kind: 'fallback'; reason: string };

export interface Labels {
  ours: string;
  theirs: string;
}

/** `ctx` (or a function giving it, called only when both sides moved the order to different states) judges the checklists. */
export function mergeOrderTexts(
  base: string,
  ours: string,
  theirs: string,
  ctx: ChecklistContext | (() => ChecklistContext),
  labels: Labels = { ours: 'ours', theirs: 'theirs' },
): MergeOutcome {
  const b = dataOf(base, true);
  const o = dataOf(ours, false);
  const t = dataOf(theirs, false);
  if (b === Unreadable || o === Unreadable || t === Unreadable) return { kind: 'fallback', reason: 'a version does not parse as a mapping' };
  try {
    const planned = planMerge(b, o, t, settleRules(b, o, t));
    const bs = statusOf(b);
    const os = statusOf(o);
    const ts = statusOf(t);
    if (os !== ts && os !== bs && ts !== bs && typeof os === 'string' && typeof ts === 'string') {
      const merged = planned.merged as Order;
      const pick = statusPick(merged, os, ts, typeof ctx === 'function' ? ctx() : ctx);
      if (pick === 'theirs') {
        planned.ops.push({ kind: 'set', path: ['status'], value: ts });
        merged.status = ts as Order['status'];
      } else if (pick === undefined) planned.conflicts.push({ path: ['status'], base: bs, ours: os, theirs: ts });
    }
    const text = written(ours, theirs, planned.ops, planned.merged, [o, t]);
    if (typeof text !== 'string') return { kind: 'fallback', reason: text.wrong };
    if (planned.conflicts.length === 0) return { kind: 'merged', text };
    return { kind: 'conflict', text: withMarkers(text, planned.conflicts, labels), conflicts: planned.conflicts };
  } catch (e) {
    if (e instanceof CannotMerge || e instanceof EditBug) return { kind: 'fallback', reason: e.message };
    throw e;
  }
}

/**
 * Our text with the edits, proved. Lists are found by their lines as a rule; should that
 * read some layout wrong, the proof says so, and the yaml Document finds them instead.
 */
function written(ours: string, theirs: string, ops: TextOp[], merged: unknown, sides: unknown[]): string | { wrong: string } {
  try {
    const quick = applyToOurs(ours, theirs, ops);
    if (disproof(quick, merged, sides) === undefined) return quick;
  } catch (e) {
    if (!(e instanceof CannotMerge || e instanceof EditBug)) throw e;
  }
  const text = applyToOurs(ours, theirs, ops, false);
  const wrong = disproof(text, merged, sides);
  return wrong === undefined ? text : { wrong };
}

const Unreadable = Symbol('unreadable');

/** A version's data; an empty base (both sides added the file) is no data. */
function dataOf(text: string, isBase: boolean): unknown {
  if (isBase && text.trim() === '') return undefined;
  const parsed = parseData(text);
  const d = parsed.data;
  if (parsed.findings.length > 0 || d === null || typeof d !== 'object' || Array.isArray(d)) return Unreadable;
  return d;
}

function statusOf(data: unknown): unknown {
  return (data as { status?: unknown } | undefined)?.status;
}

/** Why `text` is not the merged order, or undefined when it is. */
function disproof(text: string, merged: unknown, sides: unknown[]): string | undefined {
  const parsed = parseData(text);
  if (parsed.findings.length > 0) return 'the merged text does not parse';
  if (!isDeepStrictEqual(parsed.data, merged)) return 'the merged text does not hold the merged data';
  const known = new Set(sides.flatMap(schemaErrors));
  const added = schemaErrors(parsed.data).find((e) => !known.has(e));
  return added ? `the merge would add a schema problem: ${added}` : undefined;
}

function schemaErrors(data: unknown): string[] {
  const validate = validator('order');
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
}

/** Each conflicting value's lines as ours, then as theirs, between markers. */
function withMarkers(text: string, conflicts: Conflict[], labels: Labels): string {
  let variant = text;
  for (const c of conflicts) variant = setScalar(variant, c.path, c.theirs);
  const a = text.split('\n');
  const b = variant.split('\n');
  if (a.length !== b.length) throw new CannotMerge('a conflicting value spans several lines');
  const cr = text.includes('\r\n') ? '\r' : '';
  const out: string[] = [];
  for (let i = 0; i < a.length; ) {
    if (a[i] === b[i]) {
      out.push(a[i++]!);
      continue;
    }
    let j = i;
    while (j < a.length && a[j] !== b[j]) j++;
    out.push(...markerBlock(a.slice(i, j), b.slice(i, j), labels, cr));
    i = j;
  }
  return out.join('\n');
}
