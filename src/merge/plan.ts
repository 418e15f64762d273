// The three-way merge of an order's data: base, ours and theirs → the merged data, the
// edits that turn our text into it, and the values both sides changed differently. Pure.
//
// Logs (logs.ts) take both sides' new entries; an entry both sides filled in is merged key
// by key; a value changed on one side only is taken; the same change on both is taken once.
// A value both changed differently is a conflict — except the ones with a rule of their own
// (resolve.ts). What the edits cannot express (a removed key or entry, a value turned into
// a list) is CannotMerge: the caller falls back to git's line merge.
import { isDeepStrictEqual } from 'node:util';
import type { DataPath } from '../model/problem.js';
import type { Data, Scalar } from '../edit/render.js';
import { entryName, entryTime, logListAt, sameEntry, type LogList } from './logs.js';

export class CannotMerge extends Error {}

export type TextOp =
  /** Set a scalar in our text (creating the keys on the way). */
  | { kind: 'set'; path: DataPath; value: Scalar }
  /**
   * Put their entry `item` (found at `from` in their text) into our list at `path`: before
   * our entry `before`, or at the end.
   */
  | { kind: 'insert'; path: DataPath; before?: number; item: Data; from: DataPath };

export interface Conflict {
  path: DataPath;
  base: unknown;
  ours: Scalar;
  theirs: Scalar;
}

export interface Planned {
  merged: unknown;
  ops: TextOp[];
  conflicts: Conflict[];
}

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const eq = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/** A value both sides changed to different values: the rule that settles it, if one does. */
export type Settle = (path: DataPath, base: unknown, ours: Scalar, theirs: Scalar) => 'ours' | 'theirs' | undefined;

export function planMerge(base: unknown, ours: unknown, theirs: unknown, settle: Settle): Planned {
  const ops: TextOp[] = [];
  const conflicts: Conflict[] = [];

  function node(path: DataPath, from: DataPath, b: unknown, o: unknown, t: unknown): unknown {
    if (eq(o, t) || eq(t, b)) return o;
    if (isMap(o) && isMap(t)) return map(path, from, isMap(b) ? b : undefined, o, t);
    if (Array.isArray(o) && Array.isArray(t)) {
      const log = logListAt(path);
      return log ? logList(path, from, log, Array.isArray(b) ? b : [], o, t) : list(path, from, Array.isArray(b) ? b : [], o, t);
    }
    if (eq(o, b)) return take(path, from, o, t);
    if (isScalar(o) && isScalar(t)) {
      const side = settle(path, b, o, t);
      if (side === 'ours') return o;
      if (side === 'theirs') return take(path, from, o, t);
      conflicts.push({ path, base: b, ours: o, theirs: t });
      return o;
    }
    throw new CannotMerge(`${path.join('.')}: changed in different ways on both sides`);
  }

  function map(path: DataPath, from: DataPath, b: Map | undefined, o: Map, t: Map): Map {
    const out: Map = {};
    for (const k of Object.keys(o)) {
      const v = node([...path, k], [...from, k], b?.[k], o[k], t[k]);
      if (v !== undefined) out[k] = v;
    }
    for (const k of Object.keys(t)) {
      if (Object.hasOwn(o, k)) continue;
      const v = node([...path, k], [...from, k], b?.[k], undefined, t[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /** A list that is not a log: entry by entry; new entries from one side only. */
  function list(path: DataPath, from: DataPath, b: unknown[], o: unknown[], t: unknown[]): unknown[] {
    const n = b.length;
    if (o.length < n || t.length < n) throw new CannotMerge(`${path.join('.')}: an entry was removed`);
    const out = b.map((_, i) => node([...path, i], [...from, i], b[i], o[i], t[i]));
    const oNew = o.slice(n);
    const tNew = t.slice(n);
    if (tNew.length === 0 || eq(oNew, tNew)) return [...out, ...oNew];
    if (oNew.length > 0) throw new CannotMerge(`${path.join('.')}: both sides added entries`);
    tNew.forEach((item, i) => ops.push(insertOp(path, undefined, item, [...from, n + i])));
    return [...out, ...tNew];
  }

  /** A log: both sides' new entries, each once, in date order; base entries merged in place. */
  function logList(path: DataPath, from: DataPath, log: LogList, b: unknown[], o: unknown[], t: unknown[]): unknown[] {
    const n = b.length;
    if (o.length < n || t.length < n) throw new CannotMerge(`${path.join('.')}: an entry was removed`);
    for (let i = 0; i < n; i++) {
      if (!sameEntry(log, b[i], o[i]) || !sameEntry(log, b[i], t[i])) throw new CannotMerge(`${path.join('.')}: entries were reordered or rewritten`);
    }
    const out = b.map((_, i) => node([...path, i], [...from, i], b[i], o[i], t[i]));
    const oNew = o.slice(n);
    const matched = new Set<number>();
    // Each of their new entries: one of ours already (the same fact recorded on both
    // sides), the same named entry (merged by key), or new to us.
    const theirsOnly: { item: unknown; at: number }[] = [];
    const merged = [...oNew];
    t.slice(n).forEach((item, k) => {
      const at = n + k;
      let j = oNew.findIndex((x, i) => !matched.has(i) && eq(x, item));
      if (j !== -1) return void matched.add(j);
      const name = entryName(log, item);
      j = name === undefined ? -1 : oNew.findIndex((x, i) => !matched.has(i) && entryName(log, x) === name);
      if (j !== -1) {
        matched.add(j);
        merged[j] = node([...path, n + j], [...from, at], undefined, oNew[j], item);
        return;
      }
      theirsOnly.push({ item, at });
    });
    // Their entries go in date order among our new ones, keeping each side's own order.
    const result: unknown[] = [...out];
    let next = 0;
    for (const { item, at } of theirsOnly) {
      const time = entryTime(log, item);
      let j = next;
      if (time !== undefined) {
        while (j < merged.length && !(later(log, merged[j], time))) j++;
      } else j = merged.length;
      for (; next < j; next++) result.push(merged[next]);
      ops.push(insertOp(path, j < oNew.length ? n + j : undefined, item, [...from, at]));
      result.push(item);
    }
    for (; next < merged.length; next++) result.push(merged[next]);
    return result;
  }

  /** Their value where ours is still the base's: set it, or insert what it holds. */
  function take(path: DataPath, from: DataPath, o: unknown, t: unknown): unknown {
    if (t === undefined) throw new CannotMerge(`${path.join('.')}: removed on their side`);
    if (isScalar(t)) {
      if (o !== undefined && !isScalar(o)) throw new CannotMerge(`${path.join('.')}: changed its kind`);
      ops.push({ kind: 'set', path, value: t });
      return t;
    }
    if (o !== undefined) throw new CannotMerge(`${path.join('.')}: changed its kind`);
    if (isMap(t) && Object.keys(t).length > 0) {
      for (const [k, v] of Object.entries(t)) take([...path, k], [...from, k], undefined, v);
      return t;
    }
    if (Array.isArray(t) && t.length > 0) {
      t.forEach((item, i) => ops.push(insertOp(path, undefined, item, [...from, i])));
      return t;
    }
    throw new CannotMerge(`${path.join('.')}: an empty or null value`);
  }

  const merged = node([], [], base, ours, theirs);
  return { merged, ops, conflicts };
}

function later(log: LogList, entry: unknown, time: number): boolean {
  const t = entryTime(log, entry);
  return t !== undefined && t > time;
}

function insertOp(path: DataPath, before: number | undefined, item: unknown, from: DataPath): TextOp {
  if (!isData(item)) throw new CannotMerge(`${path.join('.')}: an entry with an empty or null value`);
  return { kind: 'insert', path, before, item, from };
}

/** Data the edit path can write: no null, no empty list or mapping. */
function isData(v: unknown): v is Data {
  if (isScalar(v)) return true;
  if (Array.isArray(v)) return v.length > 0 && v.every(isData);
  if (isMap(v)) return Object.keys(v).length > 0 && Object.values(v).every(isData);
  return false;
}
