// The most common Chinese typing slips in YAML: a full-width colon after a key, a
// full-width space in the indentation, a Chinese comma between the items of a flow list
// or mapping. They are named at their spot, in words, in two cases:
//
// - the file does not parse, and a slip sits on a line the parser stumbled on (or the line
//   before): instead of the parser's message about implicit keys (fullWidthSlips);
// - the file parses, but the slip made a key or a list item into text the schema then
//   refuses (`name： x` read as the text "name： x"): instead of the schema's message
//   (slipIn). A full-width colon or comma inside text that is valid (`note: 交期：12月5日`,
//   `{note: 尾款到账后，11 月发货}`) is no slip and is never reported.
import type { Finding } from '../model/problem.js';
import { scalarAt } from '../util/scalar-text.js';

const COLON = '\uff1a';
const SPACE = '\u3000';
const COMMA = '\uff0c';

const SLIPS: { ch: string; id: string }[] = [
  { ch: COLON, id: 'yaml-syntax/full-width-colon' },
  { ch: SPACE, id: 'yaml-syntax/full-width-space' },
  { ch: COMMA, id: 'yaml-syntax/full-width-comma' },
];

const idOf = (ch: string) => SLIPS.find((s) => s.ch === ch)!.id;
/** A full-width space between the entries of a flow collection (not indentation). */
const FLOW_SPACE = 'yaml-syntax/full-width-space-between';

/** Where a slip sits on a line (0-based), or -1: outside quotes and comments, where YAML syntax is. */
function slipAt(line: string, ch: string): number {
  let quote: string | undefined;
  let flow = 0;
  // Start of the current flow entry (after `{`, `[` or `,`).
  let entry = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return -1;
    else if (c === '[' || c === '{') {
      flow++;
      entry = i + 1;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === ',' && flow > 0) entry = i + 1;
    else if (c === ch) {
      // A colon after a key; a space in the indentation; a comma inside [ ] or { }.
      if (ch === COLON && /^\s*(-\s+)?[A-Za-z_][\w-]*\s*$/.test(line.slice(0, i))) return i;
      if (ch === COLON && flow > 0 && /^[\s\u3000]*[A-Za-z_][\w-]*\s*$/.test(line.slice(entry, i))) return i;
      if (ch === SPACE && /^[\s\u3000]*(-[\s\u3000]+)?$/.test(line.slice(0, i))) return i;
      if (ch === SPACE && flow > 0 && /^\s*$/.test(line.slice(entry, i))) return i;
      // …and only where the next item starts: `A，quantity: 2`, `delivery，payment]`, not inside
      // text such as `note: 尾款到账后，11 月发货`.
      if (ch === COMMA && flow > 0 && /^[\s\u3000]*[A-Za-z_][\w-]*\s*[:,\]}]/.test(line.slice(i + 1))) return i;
    }
  }
  return -1;
}

/**
 * A full-width space in the indentation of a key or list-item line: never text, whatever
 * line the parser stumbles on (it may notice only lines later, when the indentation of the
 * mapping no longer agrees). A paragraph of a note indented with 　 is no key line.
 */
const INDENTED_KEY = /^[ \u3000]*\u3000[ \u3000]*(-[ \u3000]+)?[A-Za-z_][\w-]*[ \t]*[:\uff1a]/;

/**
 * The slips of a text that does not parse, each as a finding. `near` (1-based line
 * numbers): only slips on these lines count — a Chinese comma in a valid note elsewhere
 * in the file is not what the parser stumbled on — and those in a key's indentation.
 */
export function fullWidthSlips(text: string, near?: Set<number>): Finding[] {
  const out: Finding[] = [];
  let offset = 0;
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    if (!near || near.has(n) || INDENTED_KEY.test(line)) {
      for (const s of SLIPS) {
        if (!line.includes(s.ch)) continue;
        const at = slipAt(line, s.ch);
        const id = s.ch === SPACE && at >= 0 && !/^[ \u3000]*(-[ \u3000]+)?$/.test(line.slice(0, at)) ? FLOW_SPACE : s.id;
        if (at >= 0) out.push({ rule: 'yaml-syntax', where: { offset: offset + at }, msg: { id, args: { line: n } } });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * The slip that explains why the value (or key) written at 1-based `column` of `line`
 * was refused by the schema, when there is one: its 1-based column and message id.
 */
export function slipIn(line: string, column: number): { column: number; id: string } | undefined {
  if (!/[\uff1a\u3000\uff0c]/.test(line)) return undefined;
  // A full-width space in the indentation, or where the key should start.
  const lead = /^[ \u3000]*(-[ \u3000]+)?/.exec(line)![0];
  const space = lead.indexOf(SPACE);
  if (space >= 0) return { column: space + 1, id: idOf(SPACE) };
  const flowSpace = slipAt(line, SPACE);
  if (flowSpace >= 0) return { column: flowSpace + 1, id: FLOW_SPACE };
  const written = scalarAt(line, column);
  const base = column - 1;

  // `name：x`, `model： XK-200`: a key (ASCII, as every key of an order) and a full-width colon.
  const colon = written.indexOf(COLON);
  if (colon > 0 && /^[A-Za-z_][\w-]*\s*$/.test(written.slice(0, colon))) return { column: base + colon + 1, id: idOf(COLON) };
  // `[delivery，payment]`: two items run together, inside a flow collection.
  const comma = written.indexOf(COMMA);
  if (comma > 0 && slipAt(line, COMMA) >= 0) {
    const at = line.indexOf(COMMA, base);
    if (at >= 0) return { column: at + 1, id: idOf(COMMA) };
  }
  // A problem the slip caused elsewhere on its line (`{date：2026-11-03}` lacks a `date`).
  for (const ch of [COLON, COMMA]) {
    const at = slipAt(line, ch);
    if (at >= 0) return { column: at + 1, id: idOf(ch) };
  }
  return undefined;
}
