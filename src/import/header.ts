// Finding the header row: of the first rows, the one whose cells name the most distinct
// keys (title rows above it name none). A header cell under a merged group heading also
// answers to "heading + cell" (交货日期 over 要求 | 承诺 gives 交货日期要求, 交货日期/要求).
import { cellText, type Grid, type GridRow } from './grid.js';
import { targetOf, type Mapping } from './mapping.js';
import type { Kind } from './targets.js';

export interface Column {
  index: number;
  /** The header as written, as problems name the column. */
  header: string;
  target: string;
}

export interface Header {
  /** Index into grid.rows of the header row; data rows follow it. */
  at: number;
  row: number;
  columns: Column[];
  /** Headers that map to nothing. */
  unmapped: string[];
}

const SEARCH_ROWS = 15;

function namesOf(grid: Grid, i: number): string[][] {
  const row = grid.rows[i]!;
  const above: GridRow | undefined = i > 0 && grid.rows[i - 1]!.row === row.row - 1 ? grid.rows[i - 1] : undefined;
  const up = (c: number) => (above ? cellText(above.cells[c]) : '');
  return row.cells.map((cell, c) => {
    const own = cellText(cell);
    if (own === '') return [];
    const group = up(c);
    const merged = group !== '' && group !== own && (up(c - 1) === group || up(c + 1) === group);
    return merged ? [`${group}${own}`, `${group}/${own}`, own] : [own];
  });
}

function resolve(grid: Grid, i: number, mapping: Mapping, kind: Kind): { columns: Column[]; unmapped: string[] } {
  const columns: Column[] = [];
  const unmapped: string[] = [];
  const taken = new Set<string>();
  namesOf(grid, i).forEach((names, index) => {
    if (names.length === 0) return;
    let target: string | null | undefined;
    let header = names[names.length - 1]!;
    for (const name of names) {
      target = targetOf(mapping, kind, name);
      if (target !== undefined) {
        header = name;
        break;
      }
    }
    if (target === null) return;
    if (target === undefined || taken.has(target)) {
      unmapped.push(header);
      return;
    }
    taken.add(target);
    columns.push({ index, header, target });
  });
  return { columns, unmapped };
}

export function findHeader(grid: Grid, mapping: Mapping, kind: Kind): Header | undefined {
  let best: Header | undefined;
  for (let i = 0; i < Math.min(grid.rows.length, SEARCH_ROWS); i++) {
    const { columns, unmapped } = resolve(grid, i, mapping, kind);
    if (columns.length > (best?.columns.length ?? 1)) best = { at: i, row: grid.rows[i]!.row, columns, unmapped };
  }
  return best;
}
