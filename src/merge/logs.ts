// The lists of an order file that are logs of events: entries are only ever added (and
// filled in later, e.g. an issue's `resolved`), never reordered or removed. Two people's
// new entries in such a list are both kept; that is what makes an order merge cleanly.
import type { DataPath } from '../model/problem.js';

export interface LogList {
  /** The key that dates an entry: new entries from both sides go in its order. */
  date: string;
  /** Keys that stay the same while an entry is filled in: an entry of the base is found by them. */
  stable: string[];
  /** Keys that name an entry: two new entries with the same name are one entry, merged by field. */
  name?: string[];
}

/** By path, list indices written `*`. */
const LOGS: Record<string, LogList> = {
  history: { date: 'at', stable: ['at'] },
  contacts: { date: 'date', stable: ['date'] },
  payments: { date: 'date', stable: ['date'] },
  shipments: { date: 'shipped', stable: ['shipped'], name: ['tracking'] },
  'shipments.*.events': { date: 'at', stable: ['at'] },
  issues: { date: 'opened', stable: ['opened', 'kind'] },
  documents: { date: 'date', stable: ['kind'], name: ['kind', 'ref'] },
  changes: { date: 'date', stable: ['date', 'field'] },
  'production.milestones': { date: 'due', stable: ['name'], name: ['name'] },
};

export function logListAt(path: DataPath): LogList | undefined {
  return LOGS[path.map((s) => (typeof s === 'number' ? '*' : s)).join('.')];
}

type Entry = Record<string, unknown>;

const isEntry = (v: unknown): v is Entry => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `later` is `entry` of the base, perhaps filled in since. */
export function sameEntry(log: LogList, entry: unknown, later: unknown): boolean {
  if (!isEntry(entry) || !isEntry(later)) return false;
  return log.stable.every((k) => entry[k] === later[k]);
}

/** The name of a new entry, when the list names entries and this one has all of it. */
export function entryName(log: LogList, entry: unknown): string | undefined {
  if (!log.name || !isEntry(entry)) return undefined;
  const parts = log.name.map((k) => entry[k]);
  if (parts.some((p) => p === undefined || p === null || p === '')) return undefined;
  return JSON.stringify(parts);
}

/** An entry's date as a sortable number; undefined when it has none. */
export function entryTime(log: LogList, entry: unknown): number | undefined {
  if (!isEntry(entry)) return undefined;
  const v = entry[log.date];
  if (typeof v !== 'string') return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return Number.isNaN(ms) ? undefined : ms;
}
