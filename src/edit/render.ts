// New YAML text for values the edit path inserts: scalars plain when that reads back as the
// same string, else double-quoted; maps and lists in block or flow style.
import { parse } from 'yaml';
import { YAML_OPTIONS } from '../load/yaml-policy.js';

export type Scalar = string | number | boolean;
export type Data = Scalar | Data[] | { [key: string]: Data };

export interface Style {
  /** Inside a flow collection ({ } or [ ]): commas and brackets cannot be plain. */
  flow: boolean;
  /** Keys whose string values are always double-quoted (timestamps, for YAML 1.1 readers). */
  quoted?: ReadonlySet<string>;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const WORD = /^[A-Za-z_][\w-]*$/;
const KEYWORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** Whether `s` can be written unquoted and still read back as exactly this string. */
export function plainOk(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t\u0085\u2028\u2029]/.test(s)) return false;
  if (INDICATOR_START.test(s) || s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(s)) return false;
  // A word (`on_hold`, `received`, `SO-2026-0001`) reads back as itself unless the core
  // schema reads it as null or a boolean: decided here without a parse.
  if (WORD.test(s)) return !KEYWORD.test(s);
  // The parse is the costly part, and the same keys and values come back again and again
  // (an import renders every key of a thousand orders): its verdict is remembered.
  const known = parsedBack.get(s);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    ok = parse(s, YAML_OPTIONS) === s;
  } catch {
    ok = false;
  }
  if (parsedBack.size >= 10_000) parsedBack.clear();
  parsedBack.set(s, ok);
  return ok;
}

/** Whether a string reads back as itself from YAML (the rest of plainOk's test aside). */
const parsedBack = new Map<string, boolean>();

export function renderScalar(value: Scalar, style: Style, key?: string): string {
  if (typeof value !== 'string') return String(value);
  if (key !== undefined && style.quoted?.has(key)) return JSON.stringify(value);
  return plainOk(value, style.flow) ? value : JSON.stringify(value);
}

/** Render an existing scalar's replacement in the quoting style it had. */
export function renderLike(value: Scalar, type: string | undefined, flow: boolean): string {
  if (typeof value === 'string') {
    if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (type === 'QUOTE_SINGLE' && !/[\n\r\t]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value, { flow });
}

export function isObject(v: Data | undefined): v is { [key: string]: Data } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const keyText = (k: string) => (plainOk(k, true) ? k : JSON.stringify(k));

/** One-line flow form: `{ a: 1, b: [x, y] }`. */
export function renderFlow(value: Data, quoted?: ReadonlySet<string>, key?: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, quoted)).join(', ')}]`;
  if (isObject(value)) {
    const parts = Object.entries(value).map(([k, v]) => `${keyText(k)}: ${renderFlow(v, quoted, k)}`);
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return renderScalar(value, { flow: true, quoted }, key);
}

export interface BlockLayout {
  /** Spaces per nesting level of mappings. */
  step: number;
  /** Spaces from a key to the `-` of its list's items. */
  seqIndent: number;
  /** Items of lists: one-line `{ … }` maps (as in the spec's history) or block maps. */
  flowItems: boolean;
  quoted?: ReadonlySet<string>;
}

/** `key: value` lines at `indent` columns, lists and maps nested in block style. */
export function renderPair(key: string, value: Data, indent: number, layout: BlockLayout): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((v) => !isObject(v) && !Array.isArray(v))) return [`${pad}${keyText(key)}: ${renderFlow(value, layout.quoted)}`];
    return [`${pad}${keyText(key)}:`, ...value.flatMap((v) => renderItem(v, indent + layout.seqIndent, indent + layout.seqIndent + 2, layout))];
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}${keyText(key)}: {}`];
    return [`${pad}${keyText(key)}:`, ...entries.flatMap(([k, v]) => renderPair(k, v, indent + layout.step, layout))];
  }
  return [`${pad}${keyText(key)}: ${renderScalar(value, { flow: false, quoted: layout.quoted }, key)}`];
}

/** A list item: `- ` at `dash` columns, a block map's further keys at `content` columns. */
export function renderItem(value: Data, dash: number, content: number, layout: BlockLayout): string[] {
  const head = `${' '.repeat(dash)}-${' '.repeat(Math.max(1, content - dash - 1))}`;
  // A map holding a list of maps (a shipment's items) reads better as a block, whatever the list's style.
  const nested = isObject(value) && Object.values(value).some((v) => Array.isArray(v) && v.some(isObject));
  if (isObject(value) && (!layout.flowItems || nested) && Object.keys(value).length > 0) {
    const lines = Object.entries(value).flatMap(([k, v]) => renderPair(k, v, content, layout));
    return [head + lines[0]!.slice(content), ...lines.slice(1)];
  }
  if (isObject(value) || Array.isArray(value)) return [head + renderFlow(value, layout.quoted)];
  return [head + renderScalar(value, { flow: false, quoted: layout.quoted })];
}
