// A fast reader for the YAML that order files are written in: block mappings and
// sequences, one-line flow collections, one-line plain and quoted scalars, literal block
// scalars. On that subset it gives exactly the data the yaml package gives (same core
// schema: null, bool, int, float, else string). Anything else — anchors, aliases, tags,
// multi-line flow or quoted scalars, folded scalars, tabs, odd keys, duplicate keys,
// anything the yaml package might reject — returns undefined, and the caller takes the
// yaml Document path, which also gives positions and syntax problems. Agreement with the
// yaml package is tested on every fixture and on generated files (test/load/).
import { blockScalar, flowValue, inlineScalar, keyAt, keyEnd, Outside, specialKey } from './fast-scalars.js';
import { MAX_DEPTH } from './yaml-policy.js';

/** A character the subset never contains: a tab, a control character but \n and \r, an
 * odd line break (U+2028, U+2029) or a BOM. One search for any of them (a loop over the
 * character codes took twice as long on a 3.5 KB order with Chinese text). */
const UNSUPPORTED = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/**
 * V8 turns an object that got more than a dozen or so properties by computed key (`out[key]
 * = …`) into a hash table, and every later read of it (the validator, the rules) pays for
 * that: an order's top level has 20 keys or more. A mapping with more keys than this is
 * handed out as a copy made by spreading, which V8 builds as a plain object with a shape
 * (this is below V8's own limit, which is no promise of its API; the copy costs little).
 */
const FAST_KEYS = 8;

export function fastParse(text: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === Outside || e instanceof RangeError) return undefined;
    throw e;
  }
}

class Reader {
  private readonly lines: string[];
  private readonly crlf: boolean;
  private readonly finalNewline: boolean;
  /** The current line (set by next()) and its indentation. */
  private i = 0;
  private ind = 0;
  /** A line whose block starts after `- `: it is read as if indented to that column. */
  private virtualLine = -1;
  private virtualIndent = 0;

  constructor(text: string) {
    this.crlf = text.includes('\r');
    if (this.crlf && /\r(?!\n)/.test(text)) throw Outside;
    this.finalNewline = text.endsWith('\n');
    this.lines = (this.crlf ? text.replace(/\r\n/g, '\n') : text).split('\n');
    if (this.finalNewline) this.lines.pop();
  }

  document(): Record<string, unknown> {
    let j = this.next();
    if (j >= 0 && this.lines[j] === '---') {
      this.i = j + 1;
      j = this.next();
    }
    if (j < 0 || this.ind !== 0) throw Outside;
    const data = this.map(0, 1);
    if (this.next() >= 0) throw Outside;
    return data;
  }

  /** Index of the next line with content (not blank, not only a comment), or -1. */
  private next(): number {
    const { lines } = this;
    for (let j = this.i; j < lines.length; j++) {
      const line = lines[j]!;
      let n = 0;
      while (line.charCodeAt(n) === 32) n++;
      if (n === line.length || line.charCodeAt(n) === 35 /* # */) continue;
      if (n === 0 && (line.startsWith('---') || line.startsWith('...') || line.charCodeAt(0) === 37 /* % */)) throw Outside;
      this.i = j;
      this.ind = j === this.virtualLine ? this.virtualIndent : n;
      return j;
    }
    this.i = lines.length;
    return -1;
  }

  private map(at: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw Outside;
    const out: Record<string, unknown> = {};
    let count = 0;
    for (let j = this.next(); j >= 0; j = this.next()) {
      const n = this.ind;
      if (n < at) break;
      if (n > at) throw Outside;
      const line = this.lines[j]!;
      const end = keyEnd(line, n);
      if (end < 0) throw Outside;
      const key = keyAt(line, n, end);
      // An inherited name (toString, …) or a repeated key: left to yaml.
      if (specialKey(key) || out[key] !== undefined) throw Outside;
      out[key] = this.value(line, skipSpaces(line, end + 1), at, depth, false);
      count++;
    }
    return count > FAST_KEYS ? { ...out } : out;
  }

  /** The value at `pos` of the current line, whose own block sits at `at`. */
  private value(line: string, pos: number, at: number, depth: number, inSeq: boolean): unknown {
    this.i++;
    const c = line.charCodeAt(pos);
    if (pos === line.length || c === 35 /* # */) return this.nested(at, depth, inSeq);
    if (c === 124 /* | */) {
      if (this.crlf) throw Outside;
      const { value, end } = blockScalar(this.lines, this.i, line.slice(pos), at, this.finalNewline);
      this.i = end;
      return value;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) return flowValue(line, pos, depth);
    return inlineScalar(line, pos);
  }

  /** A value on the following lines: a deeper block, a compact sequence, or nothing (null). */
  private nested(at: number, depth: number, inSeq: boolean): unknown {
    const j = this.next();
    if (j < 0) return null;
    const n = this.ind;
    const dash = isDash(this.lines[j]!, n);
    if (n > at) return dash ? this.seq(n, depth + 1) : this.map(n, depth + 1);
    if (n === at && dash && !inSeq) return this.seq(n, depth + 1);
    return null;
  }

  private seq(at: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw Outside;
    const out: unknown[] = [];
    for (let j = this.next(); j >= 0; j = this.next()) {
      const n = this.ind;
      if (n < at) break;
      if (n > at) throw Outside;
      const line = this.lines[j]!;
      if (!isDash(line, n)) break;
      const pos = skipSpaces(line, n + 1);
      const c = line.charCodeAt(pos);
      if (pos < line.length && c !== 35 && (isDash(line, pos) || keyEnd(line, pos) >= 0)) {
        // `- key: value` or `- - item`: a block that starts on this line, at that column
        this.virtualLine = j;
        this.virtualIndent = pos;
        out.push(isDash(line, pos) ? this.seq(pos, depth + 1) : this.map(pos, depth + 1));
      } else {
        out.push(this.value(line, pos, n, depth, true));
      }
    }
    return out;
  }
}

function skipSpaces(line: string, pos: number): number {
  while (line.charCodeAt(pos) === 32) pos++;
  return pos;
}

function isDash(line: string, n: number): boolean {
  return line.charCodeAt(n) === 45 && (n + 1 === line.length || line.charCodeAt(n + 1) === 32);
}
