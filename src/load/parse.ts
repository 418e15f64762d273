// YAML text → data, with the yaml package's Document so that every value keeps its range.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Finding } from '../model/problem.js';

/** Aliases allowed in one file before it counts as an alias bomb. */
export const MAX_ALIASES = 100;
/** Nesting deeper than this is not an order file. */
export const MAX_DEPTH = 64;

export interface Parsed {
  doc: Document;
  counter: LineCounter;
  /** The plain data, or undefined when the text could not become data. */
  data: unknown;
  findings: Finding[];
}

const SYNTAX_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml-syntax/duplicate-key',
  TAB_AS_INDENT: 'yaml-syntax/tab',
  BAD_INDENT: 'yaml-syntax/indent',
  MISSING_CHAR: 'yaml-syntax/missing-char',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-syntax/indent',
  MULTILINE_IMPLICIT_KEY: 'yaml-syntax/indent',
  UNEXPECTED_TOKEN: 'yaml-syntax/unexpected',
  BAD_ALIAS: 'yaml-syntax/bad-alias',
};

export function parseYaml(text: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const findings: Finding[] = [];
  for (const err of doc.errors) {
    if (err.code === 'MULTIPLE_DOCS') {
      findings.push({ rule: 'file', where: { offset: err.pos[0] }, msg: { id: 'file/multi-doc' } });
    } else {
      const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const id = SYNTAX_CODES[err.code] ?? 'yaml-syntax/other';
      const key = err.code === 'DUPLICATE_KEY' ? text.slice(err.pos[0], err.pos[1]).trim() : '';
      findings.push({ rule: 'yaml-syntax', where: { offset: err.pos[0] }, msg: { id, args: { detail, key } } });
    }
  }
  if (findings.length > 0) return { doc, counter, data: undefined, findings };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const msg = /alias/i.test((e as Error).message) ? 'file/alias-bomb' : 'yaml-syntax/other';
    findings.push({ rule: msg.startsWith('file') ? 'file' : 'yaml-syntax', where: { line: 1, column: 1 }, msg: { id: msg, args: { detail: (e as Error).message, max: MAX_ALIASES } } });
    return { doc, counter, data: undefined, findings };
  }
  if (depthOver(data, MAX_DEPTH)) {
    findings.push({ rule: 'file', where: { line: 1, column: 1 }, msg: { id: 'file/too-deep', args: { max: MAX_DEPTH } } });
    return { doc, counter, data: undefined, findings };
  }
  return { doc, counter, data, findings };
}

function depthOver(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  for (const v of Object.values(value)) if (depthOver(v, limit - 1)) return true;
  return false;
}
