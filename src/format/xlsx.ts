// Tables as an Excel workbook: one sheet per table, localized headers in a frozen first
// row with an autofilter, real number and date cells, columns as wide as their text (CJK
// counted two wide). exceljs is loaded only here, on first use: it is large, and commands
// that never write a workbook must not pay for loading it. It is required (not imported)
// so that the bundle leaves it outside and loads it from node_modules when called.
import { createRequire } from 'node:module';
import { toDay } from '../calendar/dates.js';
import { displayWidth } from '../util/width.js';
import { inert } from './csv.js';

export type ColumnKind = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export type SheetCell = string | number | null | undefined;

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  integer: '0',
  number: '0.0',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

/** A date cell holds the day at UTC midnight: Excel shows it as that calendar date. */
function cellValue(kind: ColumnKind, v: SheetCell): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'date' && typeof v === 'string') {
    const day = toDay(v);
    return day === undefined ? inert(v) : new Date(day * 86_400_000);
  }
  if (kind !== 'text' && typeof v === 'number') return v;
  return inert(String(v));
}

function shownWidth(kind: ColumnKind, v: SheetCell): number {
  if (v === null || v === undefined) return 0;
  if (kind === 'date') return 10;
  if (kind === 'money' && typeof v === 'number') return v.toFixed(2).length + Math.floor(Math.abs(Math.trunc(v)).toString().length / 3);
  if (kind === 'percent') return 6;
  return displayWidth(String(v));
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ , unique in the book. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${base.slice(0, 28)} ${n}`;
  used.add(out.toLowerCase());
  return out;
}

export async function xlsxBook(sheets: Sheet[], created: string): Promise<Uint8Array> {
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'gendan';
  const when = new Date(`${created}T00:00:00Z`);
  book.created = when;
  book.modified = when;
  const used = new Set<string>();
  for (const s of sheets) {
    const sheet = book.addWorksheet(sheetName(s.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: Math.min(60, Math.max(displayWidth(c.header), ...s.rows.map((r) => shownWidth(c.kind, r[i]))) + 2),
      style: { numFmt: FORMATS[c.kind] },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const r of s.rows) sheet.addRow(s.columns.map((c, i) => cellValue(c.kind, r[i])));
    if (s.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: s.columns.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
