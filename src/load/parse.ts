// YAML text → data, with the yaml package's Document so that every value keeps its range.
import { yamlDetail } from './yaml-words.js';
import type { CST, Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from 'yaml';
import { withPlainEnv, yaml } from './yaml-lib.js';
import { MAX_ALIASES, MAX_DEPTH, YAML_OPTIONS } from './yaml-policy.js';
import { fastParse } from './fast-parse.js';
import type { Finding } from '../model/problem.js';
import { fullWidthSlips } from './full-width.js';
import { prescan } from './prescan.js';

export { MAX_ALIASES, MAX_DEPTH };

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

/**
 * Only the data and the syntax findings: the fast reader's when it takes the text (it
 * gives the same data, tested in test/load/), else the Document's. For the edit path,
 * which compares data and would otherwise parse each text with the yaml package twice.
 */
export function parseData(text: string): Pick<Parsed, 'data' | 'findings'> {
  const data = fastParse(text);
  if (data !== undefined) return { data, findings: [] };
  const parsed = parseYaml(text);
  return { data: parsed.data, findings: parsed.findings };
}

export function parseYaml(text: string): Parsed {
  const { Document, LineCounter, Parser } = yaml();
  const counter = new LineCounter();
  // The policy (yaml-policy.ts); duplicateKeys below finds repeated keys in one pass.
  const options = YAML_OPTIONS;
  // Absurd nesting is refused before the parser allocates a token per bracket.
  const deepText = prescan(text, { depth: MAX_DEPTH, values: Infinity });
  if (deepText) return { doc: new Document(null), counter, data: undefined, findings: [deepText] };
  // Depth is checked on the syntax tree, before composing: the composer recurses per level
  // and would run out of stack at a depth that depends on the thread (so on where it stops).
  const tokens = withPlainEnv(() => Array.from(new Parser(counter.addNewLine).parse(text)));
  const deepAt = tokensDeeperThan(tokens, MAX_DEPTH);
  if (deepAt !== undefined) return { doc: new Document(null), counter, data: undefined, findings: [tooDeep({ offset: deepAt })] };
  const doc = compose(tokens, text, options);
  const findings: Finding[] = duplicateKeys(doc, text);
  const reported = new Set<number>();
  // Full-width punctuation explains the parser's errors better than the parser does.
  // Only slips on a line the parser stumbled on, or the line with content before it (it
  // often notices late: `requested：2026-12-15` and comment lines, then `promised:`).
  const near = new Set<number>();
  const lineText = (n: number) => text.slice(counter.lineStarts[n - 1], counter.lineStarts[n] ?? text.length);
  for (const err of doc.errors) {
    const line = counter.linePos(err.pos[0]).line;
    let before = line - 1;
    while (before > 1 && /^\s*(#.*)?\s*$/.test(lineText(before))) before--;
    near.add(line).add(line - 1).add(before);
  }
  const slips = doc.errors.length > 0 ? fullWidthSlips(text, near) : [];
  for (const f of slips) findings.push(f);
  for (const err of slips.length > 0 ? [] : doc.errors) {
    // One mistake often trips several parser errors at the same spot: say it once.
    if (reported.has(err.pos[0])) continue;
    reported.add(err.pos[0]);
    if (err.code === 'MULTIPLE_DOCS') {
      findings.push({ rule: 'file', where: { offset: err.pos[0] }, msg: { id: 'file/multi-doc' } });
    } else if (err.code === 'RESOURCE_EXHAUSTION') {
      // The composer ran out of stack: nesting far beyond anything an order needs.
      findings.push(tooDeep({ offset: err.pos[0] }));
    } else {
      const detail = yamlDetail(err.code, err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
      const id = SYNTAX_CODES[err.code] ?? 'yaml-syntax/other';
      // The error's range covers only the key's first character: read up to the colon.
      const key = err.code === 'DUPLICATE_KEY' ? (/^[^:\n]*/.exec(text.slice(err.pos[0]))?.[0] ?? '').trim() : '';
      findings.push({ rule: 'yaml-syntax', where: { offset: err.pos[0] }, msg: { id, args: { detail, key } } });
    }
  }
  if (findings.length > 0) return { doc, counter, data: undefined, findings };
  // Checked on the nodes first so that toJS never recurses through absurd nesting.
  const deep = nodeDeeperThan(doc.contents, MAX_DEPTH);
  if (deep !== undefined) return { doc, counter, data: undefined, findings: [tooDeep({ offset: deep })] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof RangeError) return { doc, counter, data: undefined, findings: [tooDeep({ line: 1, column: 1 })] };
    const msg = /alias/i.test((e as Error).message) ? 'file/alias-bomb' : 'yaml-syntax/other';
    findings.push({ rule: msg.startsWith('file') ? 'file' : 'yaml-syntax', where: { line: 1, column: 1 }, msg: { id: msg, args: { detail: (e as Error).message, max: MAX_ALIASES } } });
    return { doc, counter, data: undefined, findings };
  }
  // Aliases can stack shallow pieces into deep data.
  if (depthOver(data, MAX_DEPTH)) return { doc, counter, data: undefined, findings: [tooDeep({ line: 1, column: 1 })] };
  return { doc, counter, data, findings };
}

/**
 * Only the Document and its line counter, to place problems in a text the fast reader
 * already read (so it is known to parse, within the limits): no data, no checks.
 */
export function documentOf(text: string): Pick<Parsed, 'doc' | 'counter'> {
  const { LineCounter, Parser } = yaml();
  const counter = new LineCounter();
  const doc = compose(withPlainEnv(() => Array.from(new Parser(counter.addNewLine).parse(text))), text, YAML_OPTIONS);
  return { doc, counter };
}

/** What parseDocument does, from tokens already read: the first document, and an error if there is a second. */
function compose(tokens: CST.Token[], text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document {
  const { Composer, YAMLParseError } = yaml();
  let doc: Document | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/** Offset of a collection nested more than `limit` levels deep in the syntax tree, walking without recursion. */
function tokensDeeperThan(tokens: CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!t) continue;
    if (t.type === 'document') stack.push([t.value, depth]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth >= limit) return t.offset;
      for (const item of t.items) stack.push(['key' in item ? item.key : undefined, depth + 1], [item.value, depth + 1]);
    }
  }
  return undefined;
}

/** A key that repeats in its mapping, at its second occurrence: `yaml-syntax/duplicate-key`. */
function duplicateKeys(doc: Document, text: string): Finding[] {
  const { isCollection, isMap, isPair, isScalar } = yaml();
  const out: Finding[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const seen = new Set<string>();
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      stack.push(item.key, item.value);
      if (!isMap(node) || !isScalar(item.key)) continue;
      const value = item.key.value;
      const id = `${typeof value}:${String(value)}`;
      if (!seen.has(id)) seen.add(id);
      else {
        const [start, end] = item.key.range ?? [0, 0];
        const detail = 'Map keys must be unique';
        out.push({ rule: 'yaml-syntax', where: { offset: start }, msg: { id: 'yaml-syntax/duplicate-key', args: { detail, key: text.slice(start, end).trim() } } });
      }
    }
  }
  return out;
}

function tooDeep(where: Finding['where']): Finding {
  return { rule: 'file', where, msg: { id: 'file/too-deep', args: { max: MAX_DEPTH } } };
}

/** Offset of a collection nested more than `limit` levels deep, walking without recursion. */
function nodeDeeperThan(root: unknown, limit: number): number | undefined {
  const { isCollection, isPair } = yaml();
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= limit) return node.range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** Depth of plain data, without recursion; shared (aliased) parts are walked once per path. */
function depthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
