// What every recording command shares: the day a fact is dated, plans that say what they
// recorded, refusals because of the order's facts (exit 1) and requests that cannot be
// understood (exit 2), each naming what would be right.
import { lookupName, namesMsg, type VocabKind } from '../../util/vocab.js';
import { isDate } from '../../calendar/dates.js';
import { parseDateInput } from '../../calendar/parse-date.js';
import type { Plan } from '../../edit/file.js';
import type { Op } from '../../edit/ops.js';
import type { PlanContext } from '../../facts/delivery.js';
import { userError } from '../../model/errors.js';
import type { DataPath, Msg } from '../../model/problem.js';
import { nearest } from '../../util/nearest.js';

export interface RecordContext extends PlanContext {
  /** The day the fact is dated: --date, else today. */
  date: string;
}

/** A plan whose result says what was recorded, or that it already was. */
export type RecordPlan = Plan<Msg>;

export const CHANNELS = ['phone', 'email', 'wechat', 'meeting', 'fax', 'other'];

export function recorded(ops: Op[], id: string, args?: Msg['args']): RecordPlan {
  return { ops, result: { id, args } };
}

export function hint(word: string, list: readonly string[]): Msg | '' {
  const suggest = nearest(word, list);
  return suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '';
}

const NAMED: VocabKind[] = ['channel', 'method', 'document', 'issue', 'term', 'quality'];

/** `value` when it is one of `allowed`; else a usage error naming them (and the near miss). */
export function oneOf(option: string, value: string, allowed: readonly string[]): string {
  if (allowed.includes(value)) return value;
  // Chinese names (电话, 海运, 提单, 货损, …) and other names of the same word.
  for (const kind of NAMED) {
    const id = lookupName(kind, value);
    if (id !== undefined && allowed.includes(id)) return id;
  }
  throw userError('record/bad-value', { option, value, allowed: namesMsg(allowed), hint: hint(value, allowed) });
}

export function needed<T>(option: string, value: T | undefined, allowed?: readonly string[]): T {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    throw userError(allowed ? 'record/needs-one-of' : 'record/needs-option', { option, allowed: allowed ? namesMsg(allowed) : '' });
  }
  return value;
}

/** A date as typed on the command line: 2026-12-05, 2026/12/5, 2026.12.05 or 2026年12月5日. */
export function parseDate(option: string, value: string): string {
  const date = parseDateInput(value);
  if (date === undefined || !isDate(date)) throw userError('record/bad-date', { option, value });
  return date;
}

/** A score 1..5. */
export function parseScore(option: string, value: string): number {
  if (!/^[1-5]$/.test(value.trim())) throw userError('record/bad-score', { option, value });
  return Number(value);
}

/** Refused because of the order's facts: exit 1, the file unchanged. */
export function refuse(id: string, args?: Msg['args']): never {
  throw userError(id, args, 1);
}

/** Nothing is dated before the order was placed (or before the event it follows). */
export function notBefore(date: string, earlier: string | undefined, key: string): void {
  if (earlier !== undefined && date < earlier) refuse('record/too-early', { date, key, earlier });
}

/** A value recorded once: set when missing, nothing when the same, refused when different. */
export function fillOnce(current: unknown, path: DataPath, value: string | number | boolean): Op[] {
  if (current === undefined || current === null) return [{ kind: 'set', path, value }];
  if (current === value) return [];
  return refuse('record/already', { key: shownPath(path), current: String(current), value: String(value) });
}

/** A data path as the user reads it: shipments[0].delivered. */
export function shownPath(path: DataPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

export const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
