// Wrapping text to a terminal width, CJK counted two columns: break at a space when one
// is near, else between any two characters (Chinese has no spaces to break at).
import { displayWidth } from './width.js';

const WIDE = (ch: string) => displayWidth(ch);

/** Punctuation that may not begin a line (a break never goes before it). */
const CLOSING = new Set('，。、；：！？）」』】》”’'.split(''));

/**
 * Lines of at most `width` columns (a single character wider than that stays alone). A
 * line breaks at a space, or next to a Chinese character; a run like `71,344.00` or
 * `SO-2026-0109` is broken inside only when it is too long to move to the next line whole.
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 2 || displayWidth(text) <= width) return [text];
  const out: string[] = [];
  let line = '';
  let w = 0;
  let cut = -1; // where in `line` a break may go: the text after it moves on
  let prevWide = false;
  for (const ch of text) {
    const cw = WIDE(ch);
    const wide = cw > 1;
    if (line !== '' && ch !== ' ' && (wide || prevWide) && !CLOSING.has(ch)) cut = line.length;
    if (w + cw > width && line !== '') {
      if (ch === ' ') {
        out.push(line.trimEnd());
        line = '';
        w = 0;
        cut = -1;
        prevWide = false;
        continue;
      }
      if (cut > 0 && displayWidth(line.slice(cut)) < width / 2) {
        out.push(line.slice(0, cut).trimEnd());
        line = line.slice(cut);
      } else {
        out.push(line);
        line = '';
      }
      w = displayWidth(line);
      cut = -1;
    }
    line += ch;
    w += cw;
    if (ch === ' ') cut = line.length;
    prevWide = wide;
  }
  if (line !== '') out.push(line);
  return out;
}

/** Text after a prefix, its continuation lines indented under the text (a hanging indent). */
export function hanging(prefix: string, text: string, width: number | undefined): string {
  if (width === undefined) return prefix + text;
  const indent = displayWidth(prefix.replace(/\x1b\[[0-9;]*m/g, ''));
  if (width - indent < 10) {
    // The prefix leaves too little room: the text goes below it, indented a little.
    const lines = wrapText(text, Math.max(10, width - 6));
    return [prefix.trimEnd(), ...lines.map((l) => ' '.repeat(6) + l)].join('\n');
  }
  const lines = wrapText(text, width - indent);
  return [prefix + lines[0], ...lines.slice(1).map((l) => ' '.repeat(indent) + l)].join('\n');
}

/**
 * Column widths that fit a table into `width` terminal columns: the widest of the columns
 * that may wrap give way first, none below `min`. Undefined when the table fits as it is.
 */
export function fitColumns(natural: number[], wrappable: boolean[], width: number, min = 8): number[] | undefined {
  // A bordered table: one border column per cell plus one, and one space of padding each side.
  const total = (ws: number[]) => ws.reduce((a, b) => a + b + 3, 1);
  if (total(natural) <= width) return undefined;
  const ws = [...natural];
  for (let excess = total(ws) - width; excess > 0; excess--) {
    let best = -1;
    for (let i = 0; i < ws.length; i++) if (wrappable[i] && ws[i]! > min && (best < 0 || ws[i]! > ws[best]!)) best = i;
    if (best < 0) break;
    ws[best]!--;
  }
  return ws;
}
