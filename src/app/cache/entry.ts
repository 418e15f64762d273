// One file's entry in the check cache, and when it may be reused.
//
// An entry holds the file's stat (size, mtime and ctime in ns, inode), when the file was
// read, what the per-file check found (the order's top-level values for all-file rules,
// and its problems), today's date if a rule read it for this file, and the calendar
// years without data the file reached into.
//
// Reused only when the file's stat is the same. A stat alone does not prove the content:
// a file changed again within the timestamp's granularity keeps its mtime (git's "racy
// clean" problem). So an entry whose file changed (mtime or ctime) in the second its read
// began, or the second before, or later, also keeps a hash of the content, and is reused
// only when the content hashes the same. Any change made after the read sets the ctime to
// a later time, which no tool can set back: the stat then differs.
//
// On disk an entry is one line of tab-separated fields (JSON never holds a raw tab):
//   "path" (JSON)  stat  stamp  hash|-  today|-  years|-  S<top-level values JSON> | P<{problems, order} JSON>
// Everything after the path is its "tail"; a worker sends the tail back as one string,
// which is all a file without problems costs the thread collecting 100,000 of them.
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import type { Problem } from '../../model/problem.js';
import type { Hidden } from '../run-rules.js';

/**
 * What the check keeps of a file: the order's top-level values as JSON ('' when the file
 * holds no order), or, with problems, those problems and the text the output quotes.
 */
export type Outcome = string | { problems: Problem[]; order: string; text?: string; hidden?: Hidden };

export interface Meta {
  stat: string;
  /** When the read began (ms since the epoch). */
  stamp: number;
  /** Hash of the content, for an entry whose file changed too close to the read. */
  hash: string | 0;
  /** Today's date when a rule read it for this file (the entry holds for that day only). */
  today: string | 0;
  years: number[] | 0;
}

export function statKey(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

/** The file changed in the second the read began, the second before, or later. */
export function isRacy(st: BigIntStats, stampMs: number): boolean {
  const changed = st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs;
  return changed / 1_000_000_000n >= BigInt(Math.floor(stampMs / 1000) - 1);
}

/**
 * Whether an entry holds for a file, given its stat and (asked only when the entry was
 * made too close to a change) its content: the same stat, the same content then, and the
 * same day when a rule read today.
 */
export function holds(e: Meta, st: BigIntStats, content: () => Buffer, today: string): boolean {
  return (e.today === 0 || e.today === today) && statKey(st) === e.stat && (e.hash === 0 || contentHash(content()) === e.hash);
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

export function metaOf(st: BigIntStats, stampMs: number, bytes: Buffer, today: string | undefined, years: number[]): Meta {
  return { stat: statKey(st), stamp: stampMs, hash: isRacy(st, stampMs) ? contentHash(bytes) : 0, today: today ?? 0, years: years.length > 0 ? years : 0 };
}

/** An entry's line without its path. */
export function tailOf(m: Meta, o: Outcome): string {
  const payload = typeof o === 'string' ? `S${o}` : `P${JSON.stringify({ problems: o.problems, order: o.order, hidden: o.hidden })}`;
  return `${m.stat}\t${m.stamp}\t${m.hash || '-'}\t${m.today || '-'}\t${m.years ? m.years.join(',') : '-'}\t${payload}`;
}

export const lineOf = (path: string, tail: string) => `${JSON.stringify(path)}\t${tail}`;

const STAT = /^\d+:\d+:\d+:\d+$/;

/** The fields of a tail; undefined when it is not one. */
export function metaOfTail(tail: string): Meta | undefined {
  const f = tail.split('\t', 6);
  if (f.length !== 6 || !STAT.test(f[0]!) || !/^\d+$/.test(f[1]!)) return undefined;
  const years = f[4] === '-' ? 0 : f[4]!.split(',').map(Number);
  if (years && !years.every((y) => Number.isInteger(y))) return undefined;
  return { stat: f[0]!, stamp: Number(f[1]), hash: f[2] === '-' ? 0 : f[2]!, today: f[3] === '-' ? 0 : f[3]!, years };
}

/** The outcome a tail holds; undefined when it does not hold one. */
export function outcomeOfTail(tail: string): Outcome | undefined {
  const at = tail.lastIndexOf('\t') + 1;
  if (tail[at] === 'S') return tail.slice(at + 1);
  if (tail[at] !== 'P') return undefined;
  let o: unknown;
  try {
    o = JSON.parse(tail.slice(at + 1));
  } catch {
    return undefined;
  }
  return isOutcome(o) && typeof o !== 'string' ? o : undefined;
}

function isOutcome(o: unknown): o is Outcome {
  if (typeof o === 'string') return true;
  if (o === null || typeof o !== 'object') return false;
  const { problems, order, hidden } = o as { problems?: unknown; order?: unknown; hidden?: Partial<Hidden> | null };
  const counts = hidden === undefined || (hidden !== null && typeof hidden === 'object' && Number.isInteger(hidden.errors) && Number.isInteger(hidden.warnings));
  return typeof order === 'string' && Array.isArray(problems) && problems.every(isProblem) && counts;
}

function isProblem(p: unknown): p is Problem {
  if (p === null || typeof p !== 'object') return false;
  const x = p as Record<string, unknown>;
  const msg = x.msg as { id?: unknown } | null;
  return (
    typeof x.line === 'number' &&
    typeof x.column === 'number' &&
    (x.severity === 'error' || x.severity === 'warning') &&
    typeof x.rule === 'string' &&
    (x.order === undefined || typeof x.order === 'string') &&
    msg !== null &&
    typeof msg === 'object' &&
    typeof msg.id === 'string'
  );
}
