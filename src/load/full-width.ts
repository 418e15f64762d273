// The most common Chinese typing slips in YAML: a full-width colon after a key, a
// full-width space in the indentation, a Chinese comma between the items of a flow list
// or mapping. When a file does not parse, these are named at their spot, in words, instead
// of the parser's message about implicit keys.
import type { Finding } from '../model/problem.js';

const SLIPS: { ch: string; id: string }[] = [
  { ch: '\uff1a', id: 'yaml-syntax/full-width-colon' },
  { ch: '\u3000', id: 'yaml-syntax/full-width-space' },
  { ch: '\uff0c', id: 'yaml-syntax/full-width-comma' },
];

/** Where a slip sits on a line (0-based), or -1: outside quotes and comments, where YAML syntax is. */
function slipAt(line: string, ch: string): number {
  let quote: string | undefined;
  let flow = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return -1;
    else if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === ch) {
      // A colon after a key; a space in the indentation; a comma inside [ ] or { }.
      if (ch === '\uff1a' && /^\s*(-\s+)?[^\s:#][^:#]*$/.test(line.slice(0, i))) return i;
      if (ch === '\u3000' && /^[\s\u3000]*$/.test(line.slice(0, i))) return i;
      if (ch === '\uff0c' && flow > 0) return i;
    }
  }
  return -1;
}

export function fullWidthSlips(text: string): Finding[] {
  const out: Finding[] = [];
  let offset = 0;
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    for (const s of SLIPS) {
      if (!line.includes(s.ch)) continue;
      const at = slipAt(line, s.ch);
      if (at >= 0) out.push({ rule: 'yaml-syntax', where: { offset: offset + at }, msg: { id: s.id, args: { line: n } } });
    }
    offset += line.length + 1;
  }
  return out;
}
