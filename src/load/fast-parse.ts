// A fast reader for the YAML that order files are written in: block mappings and
// sequences, one-line flow collections, one-line plain and quoted scalars, literal block
// scalars. On that subset it gives exactly the data the yaml package gives (same core
// schema: null, bool, int, float, else string). Anything else — anchors, aliases, tags,
// multi-line flow or quoted scalars, folded scalars, tabs, odd keys, duplicate keys,
// anything the yaml package might reject — returns undefined, and the caller takes the
// yaml Document path, which also gives positions and syntax problems. Agreement with the
// yaml package is tested on every fixture and on generated files.
import { blockScalar, flowValue, inlineScalar, Outside } from './fast-scalars.js';

export { Outside };

/** Keys taken as they are: plain, not a null/bool word, no prototype games, not too long. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,200}):(?: +|$)/;
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** Characters the subset never contains (tabs, control characters, odd line breaks, BOM). */
const UNSUPPORTED = /[\t\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
const MAX_DEPTH = 64;

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
  private i = 0;
  private readonly crlf: boolean;
  private readonly finalNewline: boolean;

  constructor(text: string) {
    this.crlf = text.includes('\r');
    if (this.crlf && /\r(?!\n)/.test(text)) throw Outside;
    this.finalNewline = text.endsWith('\n');
    this.lines = (this.crlf ? text.replace(/\r\n/g, '\n') : text).split('\n');
    if (this.finalNewline) this.lines.pop();
  }

  document(): Record<string, unknown> {
    let j = this.next();
    if (j < 0) throw Outside;
    if (this.lines[j] === '---') {
      this.i = j + 1;
      j = this.next();
    }
    if (j < 0 || indent(this.lines[j]!) !== 0) throw Outside;
    const data = this.map(0, 1);
    if (this.next() >= 0) throw Outside;
    return data;
  }

  /** Index of the next line with content (not blank, not only a comment), or -1. */
  private next(): number {
    const { lines } = this;
    for (let j = this.i; j < lines.length; j++) {
      const line = lines[j]!;
      const n = indent(line);
      if (n === line.length || line.charCodeAt(n) === 35 /* # */) continue;
      if (n === 0 && (line.startsWith('---') || line.startsWith('...') || line[0] === '%')) throw Outside;
      this.i = j;
      return j;
    }
    this.i = lines.length;
    return -1;
  }

  private map(at: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw Outside;
    const out: Record<string, unknown> = {};
    for (let j = this.next(); j >= 0; j = this.next()) {
      const line = this.lines[j]!;
      const n = indent(line);
      if (n < at) break;
      if (n > at) throw Outside;
      const m = KEY.exec(line.slice(n));
      if (!m) throw Outside;
      const key = m[1]!;
      if (SPECIAL_KEY.test(key) || Object.prototype.hasOwnProperty.call(out, key)) throw Outside;
      out[key] = this.value(line.slice(n + m[0].length), at, depth);
    }
    return out;
  }

  /** The value after `key: ` (or `- `) on line this.i, whose own block sits at `at`. */
  private value(rest: string, at: number, depth: number, inSeq = false): unknown {
    this.i++;
    const c = rest.charCodeAt(0);
    if (rest === '' || c === 35 /* # */) return this.nested(at, depth, inSeq);
    if (c === 124 /* | */) {
      if (this.crlf) throw Outside;
      const { value, end } = blockScalar(this.lines, this.i, rest, at, this.finalNewline);
      this.i = end;
      return value;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) return flowValue(rest, depth);
    return inlineScalar(rest);
  }

  /** A value on the following lines: a deeper block, a compact sequence, or nothing (null). */
  private nested(at: number, depth: number, inSeq: boolean): unknown {
    const j = this.next();
    if (j < 0) return null;
    const line = this.lines[j]!;
    const n = indent(line);
    const dash = isDash(line, n);
    if (n > at) return dash ? this.seq(n, depth + 1) : this.map(n, depth + 1);
    if (n === at && dash && !inSeq) return this.seq(n, depth + 1);
    return null;
  }

  private seq(at: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw Outside;
    const out: unknown[] = [];
    for (let j = this.next(); j >= 0; j = this.next()) {
      const line = this.lines[j]!;
      const n = indent(line);
      if (n < at) break;
      if (n > at) throw Outside;
      if (!isDash(line, n)) break;
      const after = line.slice(n + 1);
      const rest = after.trimStart();
      const col = n + 1 + after.length - rest.length;
      if (rest !== '' && rest.charCodeAt(0) !== 35 && (KEY.test(rest) || isDash(rest, 0))) {
        // `- key: value` or `- - item`: a block that starts on this line, at the column of its first key
        this.lines[j] = ' '.repeat(col) + rest;
        out.push(isDash(rest, 0) ? this.seq(col, depth + 1) : this.map(col, depth + 1));
      } else {
        out.push(this.value(rest, n, depth, true));
      }
    }
    return out;
  }
}

function indent(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function isDash(line: string, n: number): boolean {
  return line.charCodeAt(n) === 45 && (n + 1 === line.length || line.charCodeAt(n + 1) === 32);
}
