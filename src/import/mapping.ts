// The mapping file: which column is which key (`columns:`), what a source word means
// (`values:`), and extra date formats (`dates:`). Read and judged here; a mapping that
// cannot be used is a MappingError (exit 2) naming the key and what would be right.
import { namesMsg } from '../util/vocab.js';
import type { Msg } from '../model/problem.js';
import { yaml } from '../load/yaml-lib.js';
import { MAX_ALIASES, YAML_OPTIONS } from '../load/yaml-policy.js';
import { nearest } from '../util/nearest.js';
import { guessTarget, normHeader, targetsOf, type Kind } from './targets.js';

export interface Mapping {
  /** Normalised header → key path (or null: a column to leave out). */
  columns: Map<string, string | null>;
  /** Key path → (source word, lower case → value). */
  values: Map<string, Map<string, string | number | boolean>>;
  dates: string[];
  /** Whether it came from a file (else guessed from the headers). */
  fromFile: boolean;
}

export class MappingError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.id);
  }
}

const fail = (id: string, args?: Msg['args']) => new MappingError({ id: `import/map-${id}`, args });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SKIP = new Set(['-', 'skip', 'ignore', '']);

export function parseMapping(text: string, kind: Kind): Mapping {
  let data: unknown;
  try {
    // The one YAML policy, with the duplicate-key check on: a mapping file is small, and a
    // header named twice is a mistake to say.
    data = yaml().parse(text, { ...YAML_OPTIONS, uniqueKeys: true, maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw fail('yaml', { detail: (e as Error).message.split('\n')[0]! });
  }
  if (data === null || data === undefined) data = {};
  if (!isRecord(data)) throw fail('not-mapping');
  for (const key of Object.keys(data)) if (!['columns', 'values', 'dates'].includes(key)) throw fail('unknown-key', { key, hint: hint(key, ['columns', 'values', 'dates']) });
  const paths = targetsOf(kind).map((t) => t.path);
  const columns = new Map<string, string | null>();
  const rawColumns = data.columns ?? {};
  if (!isRecord(rawColumns)) throw fail('columns-not-mapping');
  for (const [header, target] of Object.entries(rawColumns)) {
    if (target === null || (typeof target === 'string' && SKIP.has(target.trim()))) {
      columns.set(normHeader(header), null);
      continue;
    }
    if (typeof target !== 'string' || !paths.includes(target.trim())) {
      throw fail('bad-target', { header, target: String(target), allowed: namesMsg(paths), hint: hint(String(target), paths) });
    }
    columns.set(normHeader(header), target.trim());
  }
  const values = new Map<string, Map<string, string | number | boolean>>();
  const rawValues = data.values ?? {};
  if (!isRecord(rawValues)) throw fail('values-not-mapping');
  for (const [path, words] of Object.entries(rawValues)) {
    if (!paths.includes(path)) throw fail('bad-values-key', { key: path, allowed: namesMsg(paths), hint: hint(path, paths) });
    if (!isRecord(words)) throw fail('values-entry', { key: path });
    const table = new Map<string, string | number | boolean>();
    for (const [word, value] of Object.entries(words)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw fail('values-entry', { key: path });
      table.set(word.normalize('NFKC').trim().toLowerCase(), value);
    }
    values.set(path, table);
  }
  const rawDates = data.dates ?? [];
  const dates = typeof rawDates === 'string' ? [rawDates] : rawDates;
  if (!Array.isArray(dates) || !dates.every((d) => typeof d === 'string' && /Y|y/.test(d))) throw fail('dates');
  return { columns, values, dates: dates as string[], fromFile: true };
}

const hint = (word: string, list: string[]): Msg | string => {
  const suggest = nearest(word, list);
  return suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '';
};

/** The mapping `gendan import` uses without --map: every header it recognises. */
export function guessedMapping(): Mapping {
  return { columns: new Map(), values: new Map(), dates: [], fromFile: false };
}

/** The key path a header maps to under `mapping` (null: left out; undefined: unknown). */
export function targetOf(mapping: Mapping, kind: Kind, header: string): string | null | undefined {
  const n = normHeader(header);
  if (mapping.columns.has(n)) return mapping.columns.get(n);
  return guessTarget(kind, header);
}
