// CSV and tab-separated text: quotes as RFC 4180 has them (a doubled quote inside a quoted
// cell; line breaks inside quotes), the delimiter found from the first lines: of `,` `;`
// and tab, the one that splits the most lines into the same number of cells.
import type { Grid, GridRow } from './grid.js';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Records of `text`; a record's row number is its position among records, from 1. */
export function splitRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/** The delimiter that most lines of the first 30 agree on (a title line has none). */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.split(/\r?\n|\r/, 30);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of sample) {
      const cells = splitRecords(line, d)[0]?.length ?? 0;
      if (cells > 1) counts.set(cells, (counts.get(cells) ?? 0) + 1);
    }
    let score = 0;
    for (const [cells, lines] of counts) score = Math.max(score, lines * 1000 + cells);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function parseDelimited(text: string, encoding?: string): Grid {
  const delimiter = detectDelimiter(text);
  const rows: GridRow[] = splitRecords(text, delimiter).map((cells, i) => ({ row: i + 1, cells }));
  return { rows, source: { encoding, delimiter } };
}
