// Wrapping text to a terminal width, CJK counted two columns: break at a space when one
// is near, else between any two characters (Chinese has no spaces to break at).
import { displayWidth } from './width.js';

const WIDE = (ch: string) => displayWidth(ch);

/** Lines of at most `width` columns (a single character wider than that stays alone). */
export function wrapText(text: string, width: number): string[] {
  if (width < 2 || displayWidth(text) <= width) return [text];
  const out: string[] = [];
  let line = '';
  let w = 0;
  let lastSpace = -1;
  for (const ch of text) {
    const cw = WIDE(ch);
    if (w + cw > width && line !== '') {
      if (ch === ' ') {
        out.push(line.trimEnd());
        line = '';
        w = 0;
        lastSpace = -1;
        continue;
      }
      if (lastSpace > 0 && displayWidth(line.slice(lastSpace + 1)) < width / 2) {
        out.push(line.slice(0, lastSpace).trimEnd());
        line = line.slice(lastSpace + 1);
      } else {
        out.push(line);
        line = '';
      }
      w = displayWidth(line);
      lastSpace = line.lastIndexOf(' ');
    }
    line += ch;
    w += cw;
    if (ch === ' ') lastSpace = line.length - 1;
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
