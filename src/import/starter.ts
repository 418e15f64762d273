// `gendan import map`: a starter mapping guessed from the file's headers, for the clerk to
// correct. Pure: the grid in, YAML text out; the comments come translated from the caller.
import { plainOk } from '../edit/render.js';
import { cellText, type Grid } from './grid.js';
import { findHeader } from './header.js';
import { guessedMapping } from './mapping.js';
import { targetsOf, type Kind } from './targets.js';
import { trackingStatus, VALUE_WORDS } from './words.js';

export interface StarterText {
  head: string;
  /** The keys line, given the list of key paths. */
  keys: (list: string) => string;
  unknownColumn: string;
  unknownValue: string;
  dates: string;
}

const q = (s: string) => (plainOk(s, true) ? s : JSON.stringify(s));

/** Which kind of file it looks like: a carrier's export has a waybill column and no model. */
export function guessKind(grid: Grid): Kind {
  const tracking = findHeader(grid, guessedMapping(), 'tracking');
  const orders = findHeader(grid, guessedMapping(), 'orders');
  const has = (h: typeof tracking, t: string) => h?.columns.some((c) => c.target === t) ?? false;
  return has(tracking, 'tracking') && !has(orders, 'lines.model') ? 'tracking' : 'orders';
}

export function starterMapping(grid: Grid, kind: Kind, text: StarterText): string {
  const header = findHeader(grid, guessedMapping(), kind);
  const headerAt = header?.at ?? grid.rows.findIndex((r) => r.cells.some((c) => cellText(c) !== ''));
  const row = grid.rows[headerAt];
  const names = (row?.cells ?? []).map((c) => cellText(c));
  const mapped = new Map((header?.columns ?? []).map((c) => [c.index, c]));
  const unmapped = new Map((header?.unmapped ?? []).map((c) => [c.index, c.header]));
  const out = [`# ${text.head}`, `# ${text.keys(targetsOf(kind).map((t) => t.path).join(', '))}`, 'columns:'];
  names.forEach((name, i) => {
    if (name === '') return;
    const col = mapped.get(i);
    if (col) out.push(`  ${q(col.header)}: ${col.target}`);
    else out.push(`  ${q(unmapped.get(i) ?? name)}: skip   # ${text.unknownColumn}`);
  });
  // Value words for the columns whose values are fixed words.
  const data = grid.rows.slice(headerAt + 1);
  const valueLines: string[] = [];
  for (const col of header?.columns ?? []) {
    const words = kind === 'tracking' ? (col.target === 'status' ? 'status' : undefined) : VALUE_WORDS[col.target] ? col.target : undefined;
    if (!words) continue;
    const seen = [...new Set(data.map((r) => cellText(r.cells[col.index])).filter((s) => s !== ''))].slice(0, 30);
    if (seen.length === 0) continue;
    valueLines.push(`  ${col.target}:`);
    for (const s of seen) {
      const guess = kind === 'tracking' ? trackingStatus(s) : VALUE_WORDS[col.target]!.get(s.toLowerCase());
      valueLines.push(guess !== undefined ? `    ${q(s)}: ${guess}` : `    # ${q(s)}: ?   ${text.unknownValue}`);
    }
  }
  out.push(...(valueLines.length > 0 ? ['values:', ...valueLines] : ['values: {}']));
  out.push(`dates: []   # ${text.dates}`, '');
  return out.join('\n');
}
