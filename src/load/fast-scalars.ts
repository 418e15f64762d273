// Keys, scalars and one-line flow collections for the fast reader (fast-parse.ts),
// following the yaml package's rules on that subset; anything else throws Outside.
// Written with character codes: this runs for every value of every order file.
import { MAX_DEPTH } from './yaml-policy.js';

/** Thrown (a plain object: no stack to capture) when the text leaves the subset. */
export const Outside: object = Object.freeze({ outside: true });

// The yaml package's core schema (YAML 1.2), tag by tag, in its order.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const table = (chars: string) => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
/** Characters of the numeric forms above (a sign only first or after e/E, checked apart). */
const NUMERIC = table('0123456789.+-abcdefABCDEFxoinINaA');
const KEY_START = table('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_');
const KEY_CHAR = table('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789-');
/** Characters that may not start a plain scalar. */
const NOT_PLAIN_START = table('?:,[]{}#&*!|>\'"%@`');
const FLOW_INDICATOR = table(',[]{}');

export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c === 126 /* ~ */ || c === 110 /* n */ || c === 78 /* N */) return NULL.test(s) ? null : s;
  if (c === 116 || c === 84 || c === 102 || c === 70 /* tTfF */) return BOOL.test(s) ? c === 116 || c === 84 : s;
  if (!maybeNumber(s)) return s;
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** A quick no for most strings (dates among them) before the numeric patterns. */
function maybeNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || NUMERIC[c] === 0) return false;
    if ((c === 43 || c === 45) && i > 0 && s.charCodeAt(i - 1) !== 101 && s.charCodeAt(i - 1) !== 69) return false;
  }
  return true;
}

/** End of a plain key at `pos` followed by `:` and a space or the line's end, else -1. */
export function keyEnd(line: string, pos: number): number {
  const c = line.charCodeAt(pos);
  if (!(c < 128 && KEY_START[c])) return -1;
  let k = pos + 1;
  const limit = pos + 201;
  for (let d = line.charCodeAt(k); d < 128 && KEY_CHAR[d] === 1; d = line.charCodeAt(++k)) if (k > limit) return -1;
  if (line.charCodeAt(k) !== 58 /* : */) return -1;
  return k + 1 === line.length || line.charCodeAt(k + 1) === 32 ? k : -1;
}

/**
 * Keys met before, by first character and length. A key found here is that same string
 * (one V8 has already made a property name) rather than a new one cut from the line: the
 * same few dozen keys come back in every order. At most 8 per slot, so the table stays small
 * whatever the files hold.
 */
const KNOWN = new Map<number, string[]>();

/** The key that runs from `pos` to `end` of `s` (keyEnd's end). */
export function keyAt(s: string, pos: number, end: number): string {
  const slot = (s.charCodeAt(pos) << 8) | (end - pos);
  const seen = KNOWN.get(slot);
  if (seen !== undefined) for (let i = 0; i < seen.length; i++) if (s.startsWith(seen[i]!, pos)) return seen[i]!;
  const key = s.slice(pos, end);
  if (seen === undefined) KNOWN.set(slot, [key]);
  else if (seen.length < 8) seen.push(key);
  return key;
}

const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

/** Keys whose meaning differs between readers (null and bool words) or that touch the prototype. */
export function specialKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 95) && SPECIAL_KEY.test(key);
}

/** True when only spaces, or spaces and then a comment, follow `pos`. */
function restIsBlank(line: string, pos: number): boolean {
  if (pos === line.length) return true;
  if (line.charCodeAt(pos) !== 32) return false;
  while (line.charCodeAt(pos) === 32) pos++;
  return pos === line.length || line.charCodeAt(pos) === 35;
}

function plainStartOk(line: string, pos: number): boolean {
  const c = line.charCodeAt(pos);
  if (c < 128 && NOT_PLAIN_START[c] === 1) return false;
  if (c !== 45 /* - */) return true;
  const d = line.charCodeAt(pos + 1);
  return pos + 1 < line.length && d !== 32 && !(d < 128 && FLOW_INDICATOR[d] === 1);
}

/** A one-line scalar at `pos`, in block context: quoted, or plain up to a comment. */
export function inlineScalar(line: string, pos: number): unknown {
  const c = line.charCodeAt(pos);
  if (c === 34 || c === 39 /* " ' */) {
    const { value, end } = c === 34 ? doubleQuoted(line, pos) : singleQuoted(line, pos);
    if (!restIsBlank(line, end)) throw Outside;
    return value;
  }
  if (!plainStartOk(line, pos)) throw Outside;
  const hash = line.indexOf(' #', pos);
  let end = hash < 0 ? line.length : hash;
  while (end > pos && line.charCodeAt(end - 1) === 32) end--;
  const colon = line.indexOf(': ', pos);
  if ((colon >= 0 && colon < end) || line.charCodeAt(end - 1) === 58) throw Outside;
  return resolvePlain(line.slice(pos, end));
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX = /^[0-9a-fA-F]+$/;

function doubleQuoted(s: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  for (;;) {
    let q = i;
    while (q < s.length && s.charCodeAt(q) !== 34 && s.charCodeAt(q) !== 92) q++;
    if (q >= s.length) throw Outside; // the quote goes on to another line
    out += s.slice(i, q);
    if (s.charCodeAt(q) === 34) return { value: out, end: q + 1 };
    const e = s[q + 1];
    if (e === undefined) throw Outside;
    if (Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
      out += ESCAPES[e];
      i = q + 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(q + 2, q + 2 + length);
      if (hex.length !== length || !HEX.test(hex)) throw Outside;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw Outside;
      out += String.fromCodePoint(code);
      i = q + 2 + length;
    } else {
      throw Outside;
    }
  }
}

function singleQuoted(s: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  for (;;) {
    const q = s.indexOf("'", i);
    if (q < 0) throw Outside;
    out += s.slice(i, q);
    if (s.charCodeAt(q + 1) !== 39) return { value: out, end: q + 1 };
    out += "'";
    i = q + 2;
  }
}

/** A literal block scalar (`|` or `|-`) whose header is `header`, content from line `from`. */
export function blockScalar(lines: string[], from: number, header: string, at: number, finalNewline: boolean): { value: string; end: number } {
  const h = /^\|(-?)(?: +#.*| *)$/.exec(header);
  if (!h) throw Outside;
  let j = from;
  let m = -1;
  const body: string[] = [];
  let blank = 0;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line === '') {
      blank++;
      continue;
    }
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    if (n === line.length) throw Outside; // spaces-only lines have subtle rules: leave them to yaml
    if (m < 0) m = n;
    if (n < m) {
      if (n > at) throw Outside;
      break;
    }
    for (; blank > 0; blank--) body.push('');
    body.push(line.slice(m));
  }
  if (m <= at || body.length === 0) throw Outside;
  if (j === lines.length && blank === 0 && !finalNewline) throw Outside;
  return { value: body.join('\n') + (h[1] === '-' ? '' : '\n'), end: j };
}

/** A flow collection written on one line, e.g. `{ name: qc_passed, due: 2026-12-12 }`. */
export function flowValue(line: string, pos: number, depth: number): unknown {
  const f = new Flow(line, pos);
  const value = f.node(depth);
  if (!restIsBlank(line, f.pos)) throw Outside;
  return value;
}

class Flow {
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  private spaces(): void {
    while (this.s.charCodeAt(this.pos) === 32) this.pos++;
  }

  node(depth: number): unknown {
    if (depth > MAX_DEPTH) throw Outside;
    this.spaces();
    const c = this.s.charCodeAt(this.pos);
    if (c === 123) return this.map(depth + 1);
    if (c === 91) return this.seq(depth + 1);
    if (c === 34 || c === 39) {
      const { value, end } = c === 34 ? doubleQuoted(this.s, this.pos) : singleQuoted(this.s, this.pos);
      this.pos = end;
      return value;
    }
    return this.plain();
  }

  private map(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.spaces();
    if (this.s.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (;;) {
      const end = keyEnd(this.s, this.pos);
      if (end < 0 || this.s.charCodeAt(end + 1) !== 32) throw Outside;
      const key = keyAt(this.s, this.pos, end);
      if (specialKey(key) || out[key] !== undefined) throw Outside;
      this.pos = end + 2;
      this.spaces();
      const c = this.s.charCodeAt(this.pos);
      if (c === 44 || c === 125) throw Outside;
      out[key] = this.node(depth);
      if (this.close(125)) return out;
    }
  }

  private seq(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.spaces();
    if (this.s.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.spaces();
      const c = this.s.charCodeAt(this.pos);
      if (c === 44 || c === 93) throw Outside;
      out.push(this.node(depth));
      if (this.close(93)) return out;
    }
  }

  /** After an entry: `,` and another entry (false), or the closing bracket (true). */
  private close(bracket: number): boolean {
    this.spaces();
    const c = this.s.charCodeAt(this.pos);
    this.pos++;
    if (c === bracket) return true;
    if (c !== 44) throw Outside;
    this.spaces();
    if (this.s.charCodeAt(this.pos) === bracket) throw Outside; // a trailing comma: leave it to yaml
    return false;
  }

  private plain(): unknown {
    const { s } = this;
    const start = this.pos;
    if (start >= s.length || !plainStartOk(s, start)) throw Outside;
    let q = start;
    for (; q < s.length; q++) {
      const c = s.charCodeAt(q);
      if (c >= 128) continue;
      if (FLOW_INDICATOR[c] === 1) break;
      if (c === 58 /* : */) {
        const d = s.charCodeAt(q + 1);
        if (q + 1 === s.length || d === 32 || (d < 128 && FLOW_INDICATOR[d] === 1)) break;
      }
      if (c === 35 /* # */ && s.charCodeAt(q - 1) === 32) throw Outside;
    }
    let end = q;
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
    if (end === start) throw Outside;
    this.pos = q;
    return resolvePlain(s.slice(start, end));
  }
}
