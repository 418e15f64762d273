// A cheap look at a file's shape before any parser builds anything: how deep it nests and
// how many values it holds. The parsers allocate per value and per level (half a million
// `[` cost the yaml package 600 MiB), so a file far beyond what an order needs is refused
// here, in one pass over the text, with a `file` problem at the spot.
//
// The scan knows just enough YAML to count right on every order file: indentation and
// compact `- ` items for block nesting, brackets for flow nesting, and it skips quoted
// text, comments and block scalars (`|`, `>`), whose brackets are only text. Where it is
// unsure it counts high, which only matters to files already far over the limits.
import type { Finding } from '../model/problem.js';
import { MAX_DEPTH, MAX_VALUES } from './yaml-policy.js';

export interface Limits {
  depth: number;
  values: number;
}

export const ORDER_LIMITS: Limits = { depth: MAX_DEPTH, values: MAX_VALUES };

/**
 * Texts this short are not scanned: no count of theirs can pass the values limit (each
 * value takes a character at least), and their nesting costs the parsers little, which
 * check it themselves. Most order files are shorter, and skip the scan's cost.
 */
const SMALL = 10_000;

/** The first limit a text goes over, as a `file` finding; undefined when within both. */
export function prescan(text: string, limits: Limits = ORDER_LIMITS): Finding | undefined {
  if (text.length <= Math.min(SMALL, limits.values)) return undefined;
  return new Scan(text, limits).run();
}

const SPACE = 32;
const DASH = 45;
const QUESTION = 63;
const COLON = 58;
const HASH = 35;

class Scan {
  private values = 0;
  private flow = 0;
  /** Block depth of the current line (enclosing indents + compact items). */
  private block = 0;
  /** Indents of the block nodes enclosing the current line. */
  private readonly indents: number[] = [];
  /** A quoted scalar still open at the end of the line. */
  private quote: 0 | 34 | 39 = 0;
  /** Inside a block scalar whose parent sits at this indent; -1 when not. */
  private scalarParent = -1;
  private line = 0;
  private found: Finding | undefined;

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
  ) {}

  run(): Finding | undefined {
    const { text } = this;
    let start = 0;
    while (start <= text.length && !this.found) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.line++;
      this.scanLine(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
    }
    return this.found;
  }

  private scanLine(from: number, to: number): void {
    const { text } = this;
    let p = from;
    while (p < to && text.charCodeAt(p) === SPACE) p++;
    const indent = p - from;
    if (this.scalarParent >= 0) {
      if (p === to || indent > this.scalarParent) return;
      this.scalarParent = -1;
    }
    if (this.quote) {
      p = this.closeQuote(this.quote, from, to);
      if (p < 0) return;
    } else if (this.flow === 0) {
      if (p === to || text.charCodeAt(p) === HASH) return;
      // Block nesting: the indents this line sits under, plus its compact `- ` / `? ` items.
      const { indents } = this;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      this.block = indents.length;
      if (!this.count(from, p)) return;
      for (;;) {
        const c = text.charCodeAt(p);
        const next = p + 1 < to ? text.charCodeAt(p + 1) : SPACE;
        if ((c === DASH || c === QUESTION || c === COLON) && next === SPACE) {
          this.block++;
          if (!this.deep(from, p) || !this.count(from, p)) return;
          p++;
          while (p < to && text.charCodeAt(p) === SPACE) p++;
          continue;
        }
        break;
      }
    }
    this.rest(from, p, to, indent);
  }

  /** The rest of a line from `p`: keys, values, flow collections, quotes, comments. */
  private rest(from: number, p: number, to: number, indent: number): void {
    const { text } = this;
    // At the start of a value (or key), where a quote or a bracket means something.
    let atStart = true;
    while (p < to) {
      const c = text.charCodeAt(p);
      if (c === HASH && (p === from || text.charCodeAt(p - 1) === SPACE || text.charCodeAt(p - 1) === 9)) return;
      if (atStart && (c === 34 || c === 39)) {
        p = this.closeQuote(c, p + 1, to);
        if (p < 0) return;
        atStart = false;
        continue;
      }
      if (this.flow > 0 || (atStart && (c === 91 || c === 123))) {
        if (c === 91 || c === 123) {
          this.flow++;
          if (!this.deep(from, p) || !this.count(from, p)) return;
          atStart = true;
        } else if (c === 93 || c === 125) {
          if (this.flow > 0) this.flow--;
          atStart = false;
        } else if (c === 44) {
          if (!this.count(from, p)) return;
          atStart = true;
        } else if (c === COLON) atStart = true;
        else if (c !== SPACE) atStart = false;
        p++;
        continue;
      }
      if (atStart && (c === 124 || c === 62)) {
        // A block scalar: its lines are text, down to the next line at or left of `indent`.
        this.scalarParent = indent;
        return;
      }
      if (c === COLON && (p + 1 === to || text.charCodeAt(p + 1) === SPACE)) {
        atStart = true;
        p++;
        continue;
      }
      if (c !== SPACE) atStart = false;
      p++;
    }
  }

  /** Past the quote that closes a quoted scalar opened before `p`, or -1 when the line ends first. */
  private closeQuote(q: number, p: number, to: number): number {
    const { text } = this;
    while (p < to) {
      const c = text.charCodeAt(p);
      if (q === 34 && c === 92) p += 2;
      else if (c === q) {
        if (q === 39 && text.charCodeAt(p + 1) === 39) p += 2;
        else {
          this.quote = 0;
          return p + 1;
        }
      } else p++;
    }
    this.quote = q as 34 | 39;
    return -1;
  }

  private deep(from: number, p: number): boolean {
    if (this.block + this.flow <= this.limits.depth) return true;
    this.found = { rule: 'file', where: { line: this.line, column: p - from + 1 }, msg: { id: 'file/too-deep', args: { max: this.limits.depth } } };
    return false;
  }

  private count(from: number, p: number): boolean {
    if (++this.values <= this.limits.values) return true;
    this.found = { rule: 'file', where: { line: this.line, column: p - from + 1 }, msg: { id: 'file/too-many-values', args: { max: this.limits.values } } };
    return false;
  }
}
