// `--format xlsx -o FILE`: the sheets of a report as a workbook, into the -o file. Its own
// module, imported only when a workbook is asked for, so that exceljs stays unloaded.
import type { Lang } from '../model/config.js';
import type { Sheet } from '../format/xlsx.js';
import { xlsxBook } from '../format/xlsx.js';
import type { Session } from './session.js';

export async function writeXlsx(session: Session, sheets: (lang: Lang) => Sheet[]): Promise<void> {
  session.needsFile('xlsx').add(await xlsxBook(sheets(session.lang), session.today));
}
