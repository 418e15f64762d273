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

type Mapping = Record<string, unknown>;
const isMap = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);
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

  function map(path: DataPath, from: DataPath, b: Mapping | undefined, o: Mapping, t: Mapping): Mapping {
    const out: Mapping = {};
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

  /**
   * A log: both sides' new entries, each once, in date order. The base's entries are found
   * on each side in their order (a merge before may have put new ones between them) and
   * merged in place, key by key.
   */
  function logList(path: DataPath, from: DataPath, log: LogList, b: unknown[], o: unknown[], t: unknown[]): unknown[] {
    const inOurs = align(path, log, b, o);
    const inTheirs = align(path, log, b, t);
    const ours = [...o];
    b.forEach((entry, j) => {
      ours[inOurs[j]!] = node([...path, inOurs[j]!], [...from, inTheirs[j]!], entry, o[inOurs[j]!], t[inTheirs[j]!]);
    });
    const oursNew = new Set(o.keys());
    for (const i of inOurs) oursNew.delete(i);
    // Our new entries by their content and by their name, to find theirs among them.
    const byContent = new Map<string, number[]>();
    const byName = new Map<string, number[]>();
    for (const i of oursNew) {
      push(byContent, canonical(o[i]), i);
      const name = entryName(log, o[i]);
      if (name !== undefined) push(byName, name, i);
    }
    const matched = new Set<number>();
    const claim = (map: Map<string, number[]>, key: string | undefined) => {
      const i = key === undefined ? undefined : map.get(key)?.find((x) => !matched.has(x));
      if (i !== undefined) matched.add(i);
      return i;
    };
    // Each of their new entries: one of ours already (the same fact recorded on both
    // sides), the same named entry (merged by key), or new to us — then it goes after the
    // base entry it follows on their side, among ours by date.
    const inserts: { item: unknown; before: number; at: number }[] = [];
    const inTheirsAt = new Map(inTheirs.map((k, j) => [k, j]));
    let lo = 0;
    t.forEach((item, k) => {
      const j = inTheirsAt.get(k);
      if (j !== undefined) {
        lo = Math.max(lo, inOurs[j]! + 1);
        return;
      }
      if (claim(byContent, canonical(item)) !== undefined) return;
      const named = claim(byName, entryName(log, item));
      if (named !== undefined) {
        ours[named] = node([...path, named], [...from, k], undefined, o[named], item);
        return;
      }
      const time = entryTime(log, item);
      let q = lo;
      if (time === undefined) q = o.length;
      else while (q < o.length && !later(log, ours[q], time)) q++;
      inserts.push({ item, before: q, at: k });
      lo = q;
    });
    const result: unknown[] = [];
    let next = 0;
    for (let q = 0; q <= o.length; q++) {
      for (; next < inserts.length && inserts[next]!.before === q; next++) {
        const { item, at } = inserts[next]!;
        ops.push(insertOp(path, q < o.length ? q : undefined, item, [...from, at]));
        result.push(item);
      }
      if (q < o.length) result.push(ours[q]);
    }
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

/**
 * Where each base entry is on a side: found in order, unchanged or filled in (same stable
 * keys) — an entry still equal to the base's further on is that one, not this.
 */
function align(path: DataPath, log: LogList, base: unknown[], side: unknown[]): number[] {
  const at: number[] = [];
  let j = 0;
  for (let i = 0; i < side.length && j < base.length; i++) {
    const b = base[j];
    if (eq(b, side[i]) || (sameEntry(log, b, side[i]) && !side.slice(i + 1).some((x) => eq(b, x)))) {
      at.push(i);
      j++;
    }
  }
  if (j < base.length) throw new CannotMerge(`${path.join('.')}: an entry was removed or rewritten`);
  return at;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** JSON with keys in order: equal for equal data, whatever order each side wrote the keys in. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (isMap(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));
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
