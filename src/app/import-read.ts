// The input file → a grid of cells, by its extension: .xlsx through exceljs, .csv and .txt
// as delimited text in whatever encoding they came in. A file that cannot be read is a
// UserError (exit 2) that says why.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { userError } from '../model/errors.js';
import { decodeText } from '../import/decode.js';
import { parseDelimited } from '../import/delimited.js';
import type { Grid } from '../import/grid.js';
import { readXlsx, SheetNotFound } from '../import/xlsx.js';

/** Larger than this is not a sheet of orders or waybills. */
const MAX_BYTES = 64 * 1024 * 1024;

export async function readGrid(path: string, display: string, sheet?: string): Promise<Grid> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw userError('import/not-file', { file: display });
    size = st.size;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw userError('path/missing', { path: display });
    throw e instanceof Error && e.name === 'UserError' ? e : userError('import/unreadable', { file: display, detail: (e as Error).message });
  }
  if (size > MAX_BYTES) throw userError('import/too-large', { file: display, mb: MAX_BYTES / 1024 / 1024 });
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      return await readXlsx(path, sheet);
    } catch (e) {
      if (e instanceof SheetNotFound) throw userError('import/no-sheet', { file: display, sheet: e.sheet, sheets: e.sheets.join(', ') });
      throw userError('import/bad-xlsx', { file: display, detail: oneLine(e) });
    }
  }
  if (ext === '.xls') throw userError('import/xls', { file: display });
  if (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv') throw userError('import/bad-extension', { file: display, ext: ext || '—' });
  if (sheet !== undefined) throw userError('import/sheet-needs-xlsx', { file: display });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw userError('import/unreadable', { file: display, detail: oneLine(e) });
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) throw userError('import/binary', { file: display });
  const { text, encoding } = decodeText(bytes);
  return parseDelimited(text, encoding);
}

function oneLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 200);
}
