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
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import type { Problem } from '../model/problem.js';

/**
 * What the check keeps of a file: the order's top-level values as JSON ('' when the file
 * holds no order), or, with problems, those problems and the text the output quotes.
 */
export type Outcome = string | { problems: Problem[]; order: string; text?: string };

export interface Entry {
  path: string;
  stat: string;
  /** When the read began (ms since the epoch). */
  stamp: number;
  /** Hash of the content, for an entry whose file changed too close to the read. */
  hash: string | 0;
  /** Today's date when a rule read it for this file (the entry holds for that day only). */
  today: string | 0;
  years: number[] | 0;
  outcome: Outcome;
}

/** What a worker sends back besides the outcome: the entry without path and outcome. */
export type Meta = Omit<Entry, 'path' | 'outcome'>;

export function statKey(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

/** The file changed in the second the read began, the second before, or later. */
export function isRacy(st: BigIntStats, stampMs: number): boolean {
  const changed = st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs;
  return changed / 1_000_000_000n >= BigInt(Math.floor(stampMs / 1000) - 1);
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

export function metaOf(st: BigIntStats, stampMs: number, bytes: Buffer, today: string | undefined, years: number[]): Meta {
  return { stat: statKey(st), stamp: stampMs, hash: isRacy(st, stampMs) ? contentHash(bytes) : 0, today: today ?? 0, years: years.length > 0 ? years : 0 };
}

/** An entry as one line of the cache file (a JSON array). */
export function encodeEntry(e: Entry): string {
  const outcome = typeof e.outcome === 'string' ? e.outcome : { problems: e.outcome.problems, order: e.outcome.order };
  return JSON.stringify([e.path, e.stat, e.stamp, e.hash, e.today, e.years, outcome]);
}

/** A line back to an entry; undefined when it is not one (the cache is then corrupt). */
export function decodeEntry(line: string): Entry | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== 7) return undefined;
  const [path, stat, stamp, hash, today, years, outcome] = v as unknown[];
  if (typeof path !== 'string' || typeof stat !== 'string' || typeof stamp !== 'number') return undefined;
  if (!(hash === 0 || typeof hash === 'string') || !(today === 0 || typeof today === 'string')) return undefined;
  if (!(years === 0 || (Array.isArray(years) && years.every((y) => Number.isInteger(y))))) return undefined;
  if (!isOutcome(outcome)) return undefined;
  return { path, stat, stamp, hash, today, years: years as number[] | 0, outcome };
}

function isOutcome(o: unknown): o is Outcome {
  if (typeof o === 'string') return true;
  if (o === null || typeof o !== 'object') return false;
  const { problems, order } = o as { problems?: unknown; order?: unknown };
  return typeof order === 'string' && Array.isArray(problems) && problems.every(isProblem);
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
