// ajv errors → findings in the user's terms ("lines[0].quantity must be a number, got
// \"many\""), and pruning of the invalid values so rules and reports can trust the rest.
import type { ErrorObject } from 'ajv';
import type { DataPath, Finding, Msg } from '../model/problem.js';
import { nearest } from '../util/nearest.js';
import { parseDateInput } from '../calendar/parse-date.js';

export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  const out: DataPath = [];
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    out.push(INDEX.test(s) ? Number(s) : s);
  }
  return out;
}

const INDEX = /^(0|[1-9]\d*)$/;

/** lines[0].quantity */
export function showPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  const s = JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 39)}…"` : s;
}

type SchemaNode = { properties?: Record<string, unknown>; type?: unknown; format?: string; title?: string; pattern?: string };

/**
 * What each pattern of the schemas means, in words: a message never shows a regular
 * expression. A pattern not listed here is named by its schema title.
 */
const PATTERN_IDS: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'schema/pattern-id',
  '^[A-Z]{3}$': 'schema/pattern-currency',
  '^[a-z_]+(\\.([a-z_]+|[0-9]+))*$': 'schema/pattern-field',
  '^\\S(.*\\S)?$': 'schema/pattern-trim',
  '^[a-z][a-z0-9_]*$': 'schema/pattern-snake',
  '^[a-z][a-z0-9-]*$': 'schema/pattern-rule-id',
};

/** 20261205 → "2026-12-05" when the digits are a real date in range; else undefined. */
export function dateFromDigits(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const m = /^(19|20|21)(\d\d)(\d\d)(\d\d)$/.exec(String(value));
  if (!m) return undefined;
  const iso = `${m[1]}${m[2]}-${m[3]}-${m[4]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** Errors ajv reports for the same spot more than once (anyOf branches) are shown once. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    // An error inside propertyNames repeats the propertyNames error that follows it.
    if ((e as { propertyName?: string }).propertyName !== undefined) continue;
    const extra = (e.params as { missingProperty?: string; additionalProperty?: string; propertyName?: string });
    const key = `${e.instancePath}|${extra.missingProperty ?? extra.additionalProperty ?? extra.propertyName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

const TYPE_IDS: Record<string, string> = {
  number: 'schema/type-number',
  integer: 'schema/type-integer',
  string: 'schema/type-string',
  boolean: 'schema/type-boolean',
  object: 'schema/type-object',
  array: 'schema/type-array',
};

/**
 * One finding per ajv error. `rule` is 'schema' for orders; config and catalog reuse this.
 * Past the first `detailed` errors a finding has a plain message: it is only counted
 * (a check lists the first hundred per file), and suggesting the nearest key for each of
 * 15,000 unknown keys would cost seconds.
 */
export function schemaFindings(errors: ErrorObject[], rule = 'schema', detailed = Infinity): Finding[] {
  return relevant(errors).map((e, i) => (i < detailed ? toFinding(e, rule) : plainFinding(e, rule)));
}

function plainFinding(e: ErrorObject, rule: string): Finding {
  const path = pointerToPath(e.instancePath);
  return { rule, where: { path, at: 'value' }, msg: { id: 'schema/other', args: { path: showPath(path), detail: e.message ?? e.keyword } } };
}

function toFinding(e: ErrorObject, rule: string): Finding {
  const path = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const args = { path: showPath(path), got: showValue(e.data) };
  const make = (id: string, extra: Msg['args'] = {}, at: 'key' | 'value' = 'value', wpath = path): Finding => ({
    rule,
    where: { path: wpath, at },
    msg: { id, args: { ...args, ...extra } },
  });
  switch (e.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return make(path.length === 0 ? 'schema/required-top' : 'schema/required', { key }, 'key');
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const suggest = nearest(key, allowed);
      const id = `schema/unknown-key${path.length === 0 ? '-top' : ''}${suggest ? '-suggest' : ''}`;
      return make(id, { key, suggest: suggest ?? '', allowed }, 'key', [...path, key]);
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      return make('schema/key-name', { key }, 'key', [...path, key]);
    }
    case 'type': {
      const expected = String(p.type).split(',')[0]!;
      const format = (e.parentSchema as SchemaNode | undefined)?.format;
      if (format === 'date') {
        const iso = dateFromDigits(e.data);
        return iso ? make('schema/date-digits', { suggest: iso }) : make('schema/date');
      }
      if (expected === 'string' && typeof e.data === 'number') return make('schema/quote');
      return make(TYPE_IDS[expected] ?? 'schema/other', { detail: e.message ?? '' });
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggest = typeof e.data === 'string' ? nearest(e.data, allowed) : undefined;
      return make(suggest ? 'schema/enum-suggest' : 'schema/enum', { allowed, suggest: suggest ?? '' });
    }
    case 'format':
    case 'pattern': {
      const format = e.keyword === 'format' ? String(p.format) : (e.parentSchema as SchemaNode | undefined)?.format;
      if (format === 'date') {
        const fixed = typeof e.data === 'string' ? parseDateInput(e.data) : undefined;
        return fixed !== undefined && fixed !== e.data ? make('schema/date-typed', { fixed }) : make('schema/date');
      }
      if (format === 'date-time') return make('schema/timestamp');
      if (format === 'email') return make('schema/email');
      const id = PATTERN_IDS[String(p.pattern ?? '')];
      return id ? make(id) : make('schema/pattern', { title: (e.parentSchema as SchemaNode | undefined)?.title ?? '' });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make(`schema/${e.keyword}`, { limit: Number(p.limit) });
    case 'minItems':
      return make('schema/min-items', { limit: Number(p.limit) });
    case 'minLength':
      return make('schema/empty');
    case 'maxLength':
      return make('schema/max-length', { limit: Number(p.limit) });
    case 'maxItems':
      return make('schema/max-items', { limit: Number(p.limit) });
    case 'uniqueItems':
      return make('schema/unique', { first: Number(p.j), second: Number(p.i) });
    default:
      return make('schema/other', { detail: e.message ?? e.keyword });
  }
}

/**
 * Remove every value an error points at, so what remains has the schema's types. A bad
 * item of a list takes the whole list with it (indices must keep their meaning).
 */
export function prune(data: unknown, errors: ErrorObject[]): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'required' || e.keyword === 'anyOf' || e.keyword === 'minItems') continue;
    if ((e as { propertyName?: string }).propertyName !== undefined) continue;
    if (e.keyword === 'additionalProperties') path.push(String(p.additionalProperty));
    else if (e.keyword === 'propertyNames') path.push(String(p.propertyName));
    if (path.length === 0) return undefined;
    removeAt(data, path);
  }
  return data;
}

function removeAt(root: object, path: DataPath): void {
  let parent: unknown = root;
  let holder: unknown;
  let holderKey: string | number | undefined;
  for (let i = 0; i < path.length - 1; i++) {
    if (parent === null || typeof parent !== 'object') return;
    holder = parent;
    holderKey = path[i];
    parent = (parent as Record<string | number, unknown>)[path[i]!];
  }
  if (parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) {
    if (holder && holderKey !== undefined) delete (holder as Record<string | number, unknown>)[holderKey];
    return;
  }
  delete (parent as Record<string, unknown>)[String(path[path.length - 1])];
}
