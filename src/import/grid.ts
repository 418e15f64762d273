// What every reader returns: the sheet as rows of cells, each row with its number as the
// clerk sees it (1-based, title rows included), so a problem can name "row 7".
export type Cell = string | number | boolean | Date | undefined;

export interface GridRow {
  /** 1-based row number in the file or sheet. */
  row: number;
  cells: Cell[];
}

export interface Grid {
  rows: GridRow[];
  /** What was read: encoding and delimiter, or the sheet's name. */
  source: { encoding?: string; delimiter?: string; sheet?: string };
}

/** A cell as text: trimmed; numbers as written; dates as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export const isBlank = (cells: Cell[]) => cells.every((c) => cellText(c) === '');
