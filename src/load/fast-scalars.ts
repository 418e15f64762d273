// Scalars and one-line flow collections for the fast reader (fast-parse.ts), following
// the yaml package's rules on that subset; anything else throws Outside.

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
/** First characters of every non-string core-schema form. */
const MAYBE_TYPED = /^[~nNtTfF0-9+\-.]/;

export function resolvePlain(s: string): unknown {
  if (!MAYBE_TYPED.test(s)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Characters that may not start a plain scalar (quotes and brackets are read before this). */
const NOT_PLAIN_START = '?:,[]{}#&*!|>\'"%@`';
const FLOW_INDICATORS = ',[]{}';
/** What may follow a scalar or flow collection on its line: spaces, then perhaps a comment. */
const LINE_END = /^(?: +(?:#.*)?)?$/;

function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A one-line scalar in block context: quoted, or plain up to a comment. */
export function inlineScalar(rest: string): unknown {
  const c = rest[0]!;
  if (c === '"' || c === "'") {
    const { value, end } = c === '"' ? doubleQuoted(rest, 0) : singleQuoted(rest, 0);
    if (!LINE_END.test(rest.slice(end))) throw Outside;
    return value;
  }
  if (NOT_PLAIN_START.includes(c) || (c === '-' && (rest.length === 1 || rest[1] === ' '))) throw Outside;
  const hash = rest.indexOf(' #');
  const s = trimSpaces(hash < 0 ? rest : rest.slice(0, hash));
  if (s.includes(': ') || s.endsWith(':')) throw Outside;
  return resolvePlain(s);
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
    if (s[q + 1] !== "'") return { value: out, end: q + 1 };
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
export function flowValue(rest: string, depth: number): unknown {
  const f = new Flow(rest);
  const value = f.node(depth);
  if (!LINE_END.test(rest.slice(f.pos))) throw Outside;
  return value;
}

const FLOW_KEY = /[A-Za-z_][A-Za-z0-9_-]{0,200}/y;
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

class Flow {
  pos = 0;
  constructor(private readonly s: string) {}

  private spaces(): void {
    while (this.s.charCodeAt(this.pos) === 32) this.pos++;
  }

  node(depth: number): unknown {
    if (depth > 64) throw Outside;
    this.spaces();
    const c = this.s[this.pos];
    if (c === '{') return this.map(depth + 1);
    if (c === '[') return this.seq(depth + 1);
    if (c === '"' || c === "'") {
      const { value, end } = c === '"' ? doubleQuoted(this.s, this.pos) : singleQuoted(this.s, this.pos);
      this.pos = end;
      return value;
    }
    return this.plain();
  }

  private map(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.spaces();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      FLOW_KEY.lastIndex = this.pos;
      const m = FLOW_KEY.exec(this.s);
      if (!m || this.s[this.pos + m[0].length] !== ':' || this.s[this.pos + m[0].length + 1] !== ' ') throw Outside;
      const key = m[0];
      if (SPECIAL_KEY.test(key) || Object.prototype.hasOwnProperty.call(out, key)) throw Outside;
      this.pos += key.length + 2;
      this.spaces();
      if (this.s[this.pos] === ',' || this.s[this.pos] === '}') throw Outside;
      out[key] = this.node(depth);
      if (this.close('}')) return out;
    }
  }

  private seq(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.spaces();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.spaces();
      if (this.s[this.pos] === ',' || this.s[this.pos] === ']') throw Outside;
      out.push(this.node(depth));
      if (this.close(']')) return out;
    }
  }

  /** After an entry: `,` and another entry (false), or the closing bracket (true). */
  private close(bracket: string): boolean {
    this.spaces();
    const c = this.s[this.pos];
    this.pos++;
    if (c === bracket) return true;
    if (c !== ',') throw Outside;
    this.spaces();
    if (this.s[this.pos] === bracket) throw Outside; // a trailing comma: leave it to yaml
    return false;
  }

  private plain(): unknown {
    const { s } = this;
    const start = this.pos;
    const c = s[start];
    if (c === undefined || NOT_PLAIN_START.includes(c)) throw Outside;
    if (c === '-' && (start + 1 === s.length || s[start + 1] === ' ' || FLOW_INDICATORS.includes(s[start + 1]!))) throw Outside;
    let q = start;
    for (; q < s.length; q++) {
      const ch = s[q]!;
      if (FLOW_INDICATORS.includes(ch)) break;
      if (ch === ':' && (q + 1 === s.length || s[q + 1] === ' ' || FLOW_INDICATORS.includes(s[q + 1]!))) break;
      if (ch === '#' && s[q - 1] === ' ') throw Outside;
    }
    const value = trimSpaces(s.slice(start, q));
    if (value === '') throw Outside;
    this.pos = q;
    return resolvePlain(value);
  }
}
