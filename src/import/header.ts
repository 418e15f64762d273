// Finding the header row: of the first rows, the one whose cells name the most distinct
// keys (title rows above it name none). A header cell under a merged group heading also
// answers to "heading/cell" (交货日期 over 要求 | 承诺 gives 交货日期/要求, 交货日期要求), and
// to the heading alone when nothing else fits.
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
  /** Columns that map to nothing. */
  unmapped: { index: number; header: string }[];
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
    // The heading alone comes last: a sub-column may stand for its group (交货日期 → 要求).
    return merged ? [`${group}/${own}`, `${group}${own}`, own, group] : [own];
  });
}

function resolve(grid: Grid, i: number, mapping: Mapping, kind: Kind): Pick<Header, 'columns' | 'unmapped'> {
  const columns: Column[] = [];
  const unmapped: Header['unmapped'] = [];
  const taken = new Set<string>();
  namesOf(grid, i).forEach((names, index) => {
    if (names.length === 0) return;
    let target: string | null | undefined;
    // Named by its most specific name: `交货日期/要求`, which a mapping may use as it is.
    const header = names[0]!;
    for (const name of names) {
      target = targetOf(mapping, kind, name);
      if (target !== undefined) break;
    }
    if (target === null) return;
    if (target === undefined || taken.has(target)) {
      unmapped.push({ index, header });
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
    // A header over two rows (cells merged down, a group heading merged across) ends on
    // its second row, which repeats the merged cells: that row is the header.
    const tie = best && columns.length === best.columns.length && i === best.at + 1 && continues(grid, best.at, i);
    if (columns.length > (best?.columns.length ?? 1) || tie) best = { at: i, row: grid.rows[i]!.row, columns, unmapped };
  }
  return best;
}

/** Whether row `b` repeats row `a` in at least two columns (cells merged down over both). */
function continues(grid: Grid, a: number, b: number): boolean {
  const [ra, rb] = [grid.rows[a]!, grid.rows[b]!];
  if (rb.row !== ra.row + 1) return false;
  let same = 0;
  ra.cells.forEach((c, i) => {
    if (cellText(c) !== '' && cellText(c) === cellText(rb.cells[i])) same++;
  });
  return same >= 2;
}
