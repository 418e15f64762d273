// One order file: read, parse, validate against the schema, prune what is invalid.
// Everything found on the way is a finding of rule `file`, `yaml-syntax` or `schema`.
//
// Two parsers, one result: the fast reader (fast-parse.ts) takes the common shape of an
// order file; everything else, and every position, goes through the yaml Document
// (parse.ts). A file read fast gets its Document only when a problem needs a line and
// column — most files never do.
import type { Document, LineCounter } from 'yaml';
import type { Order } from '../model/order.js';
import type { Finding, Where } from '../model/problem.js';
import { readText, type ReadInfo } from './read.js';
import { documentOf, parseYaml } from './parse.js';
import { MAX_DEPTH } from './yaml-policy.js';
import { fastParse } from './fast-parse.js';
import { schemaJson, validator } from './schemas.js';
import { removeTooLong } from './list-lengths.js';
import { MAX_PROBLEMS_PER_FILE } from './limits.js';
import { prune, schemaFindings } from './schema-problems.js';
import { locate, offsetInPrefix, positionAt, prefixOf, START, type Position } from './positions.js';
import { conflictMarkers } from './conflict-markers.js';
import { prescan } from './prescan.js';

export interface OrderFile {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user: relative to the current folder. */
  display: string;
  /** The text as read (BOM removed), when it could be read. */
  text?: string;
  /** The order with invalid values removed; undefined when the file is not a mapping. */
  order?: Order;
  /** Problems found while loading. */
  findings: Finding[];
  locate(where: Where): Position;
}

/** How much of a long file is parsed first to place its problems (see locateLazily). */
const PREFIX_SIZE = 16 * 1024;

/** `info`, when given, gets the stat and bytes the file was read with (for the check cache). */
export function loadOrderFile(path: string, display: string, info?: ReadInfo): OrderFile {
  const read = readText(path, info);
  if ('error' in read) {
    const where = read.line ? { line: read.line, column: read.column ?? 1 } : { line: 1, column: 1 };
    return { path, display, findings: [{ rule: 'file', where, msg: read.error }], locate: (w) => locate(undefined, undefined, w) };
  }
  return orderFromText(path, display, read.text);
}

/** `fast` = false forces the yaml Document path (tests compare the two). */
export function orderFromText(path: string, display: string, text: string, fast = true): OrderFile {
  const marked = conflictMarkers(text);
  if (marked.length > 0) return { path, display, text, findings: marked.map(markerFinding), locate: (w) => locate(undefined, undefined, w) };
  // Far too deep or too many values: refused before a parser allocates anything.
  const over = prescan(text);
  if (over) return { path, display, text, findings: [over], locate: (w) => locate(undefined, undefined, w) };
  const data = fast ? fastParse(text) : undefined;
  if (data !== undefined) {
    const findings: Finding[] = [];
    const order = validated(data, findings);
    return { path, display, text, order, findings, locate: lazyLocator(text) };
  }
  return slowOrderFromText(path, display, text);
}

/**
 * Positions in a file read by the fast reader, which has none: a parse with positions is
 * made on the first problem to place. Most files with many problems list their first
 * hundred from the start of the file: that start is parsed first (positions.ts, prefixOf),
 * and the whole file only for a problem it does not hold.
 */
function lazyLocator(text: string): OrderFile['locate'] {
  let whole: { doc: Document; counter: LineCounter } | undefined;
  let start: { doc: Document; counter: LineCounter; length: number } | undefined;
  let startTried = false;
  return (where) => {
    if ('line' in where) return { line: where.line, column: where.column };
    if (!whole) {
      if (!startTried) {
        startTried = true;
        const prefix = prefixOf(text, PREFIX_SIZE);
        if (prefix !== undefined) start = { ...documentOf(prefix), length: prefix.length };
      }
      if (start) {
        const offset = 'offset' in where ? (where.offset < start.length ? where.offset : undefined) : offsetInPrefix(start.doc, where.path, where.at);
        if (offset !== undefined) return positionAt(start.counter, offset);
      }
    }
    whole ??= documentOf(text);
    return locate(whole.doc, whole.counter, where);
  };
}

/** A conflict git left in the file: where it is, and that it must be resolved by hand. */
function markerFinding(m: ReturnType<typeof conflictMarkers>[number]): Finding {
  const lines = [m.start && `<<<<<<< ${m.start}`, m.middle && `======= ${m.middle}`, m.end && `>>>>>>> ${m.end}`].filter(Boolean).join(', ');
  const last = m.end ?? m.middle ?? m.first;
  const range = last !== m.first ? `${m.first}–${last}` : `${m.first}`;
  return { rule: 'file', where: { line: m.first, column: 1 }, msg: { id: 'file/conflict-markers', args: { range, lines } } };
}

/** The schema's verdict on parsed data: the order (pruned of invalid values) and findings. */
function validated(data: object, findings: Finding[]): Order | undefined {
  const long = removeTooLong(data, schemaJson('order'));
  for (const f of long.findings) findings.push(f);
  const validate = validator('order');
  if (validate(data)) return data;
  // A list taken out for its length is not also "missing".
  const errors = (validate.errors ?? []).filter((e) => !(e.keyword === 'required' && long.removed.some((r) => r.key === (e.params as { missingProperty?: string }).missingProperty && e.instancePath === pointer(r.at))));
  // one by one: a file with very many problems would overflow push(...list)
  for (const f of schemaFindings(errors, 'schema', MAX_PROBLEMS_PER_FILE)) findings.push(f);
  return prune(data, errors) as Order | undefined;
}

function pointer(path: (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function slowOrderFromText(path: string, display: string, text: string): OrderFile {
  let doc: Document | undefined;
  let counter: LineCounter | undefined;
  const findings: Finding[] = [];
  let order: Order | undefined;
  try {
    const parsed = parseYaml(text);
    doc = parsed.doc;
    counter = parsed.counter;
    for (const f of parsed.findings) findings.push(f);
    if (parsed.findings.length === 0) {
      const data = parsed.data;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        findings.push({ rule: 'file', where: { line: 1, column: 1 }, msg: { id: 'file/not-mapping' } });
      } else {
        order = validated(data, findings);
      }
    }
  } catch (e) {
    // The parser recurses per nesting level; absurdly deep input overflows the stack.
    if (!(e instanceof RangeError)) throw e;
    findings.push({ rule: 'file', where: { line: 1, column: 1 }, msg: { id: 'file/too-deep', args: { max: MAX_DEPTH } } });
  }
  return { path, display, text, order, findings, locate: (where) => locate(doc, counter, where) };
}

/** A path that cannot be an order file at all (symlink loop, unreadable folder). */
export function failedFile(path: string, display: string, msg: Finding['msg']): OrderFile {
  return { path, display, findings: [{ rule: 'file', where: { line: 1, column: 1 }, msg }], locate: () => START };
}
