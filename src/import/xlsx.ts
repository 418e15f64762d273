// An .xlsx workbook, read with exceljs: one sheet (the named one, else the first) as rows
// of cells. A merged cell's value stands in every cell it covers, so a header merged over
// two rows, or an order number merged over its lines, reads as if it were repeated.
import type { CellValue, Worksheet } from 'exceljs';
import type { Cell, Grid, GridRow } from './grid.js';
import { exceljs } from './libs.js';

export class SheetNotFound extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: string[],
  ) {
    super(`no sheet ${sheet}`);
  }
}

export async function readXlsx(path: string, sheet?: string): Promise<Grid> {
  const ExcelJS = exceljs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheets = book.worksheets;
  const ws = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.trim() === sheet.trim());
  if (!ws) throw new SheetNotFound(sheet ?? '', sheets.map((s) => s.name));
  return { rows: sheetRows(ws), source: { sheet: ws.name } };
}

function sheetRows(ws: Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    rows.push({ row: number, cells });
  });
  return rows;
}

/** exceljs's cell value as a plain one: formulas by their result, rich text as its text. */
function plain(v: CellValue): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return undefined;
  }
  return String(v);
}
