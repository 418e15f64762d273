// One cell made into the value its key needs: text through the value words, numbers
// without thousands separators or currency signs, dates in any of the known forms.
import type { Msg } from '../model/problem.js';
import { dateReader, toIsoDate, toTimestamp, type DateReader } from './dates.js';
import { cellText, type Cell } from './grid.js';
import type { Mapping } from './mapping.js';
import type { ValueType } from './targets.js';
import { VALUE_WORDS } from './words.js';

export type Value = string | number | boolean;
export type Converted = { value: Value } | { problem: Msg } | undefined;

// Regular expressions with Chinese text are built from strings: the bundle is ASCII.
const SIGNS = new RegExp('^[¥￥$€]|元$|%$', 'g');
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number as people write it: `1,000`, `¥128.50`, `30%`, `１２０`. */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  let s = cell.normalize('NFKC').trim().replace(SIGNS, '').trim();
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  return NUMBER.test(s) ? Number(s) : undefined;
}

export class CellReader {
  readonly dates: DateReader;

  constructor(private readonly mapping: Mapping) {
    this.dates = dateReader(mapping.dates);
  }

  /** The mapping's word for `text` under `path`, else the built-in one. */
  word(path: string, text: string): Value | undefined {
    const key = text.normalize('NFKC').trim().toLowerCase();
    const own = this.mapping.values.get(path)?.get(key);
    if (own !== undefined) return own;
    return VALUE_WORDS[path]?.get(key);
  }

  /** Only the mapping's own word (for units, which the catalog may name as they are). */
  ownWord(path: string, text: string): Value | undefined {
    return this.mapping.values.get(path)?.get(text.normalize('NFKC').trim().toLowerCase());
  }

  read(path: string, type: ValueType, cell: Cell): Converted {
    const text = cellText(cell);
    if (text === '') return undefined;
    const mapped = path === 'lines.unit' ? undefined : this.ownWord(path, text);
    if (mapped !== undefined) return { value: mapped };
    switch (type) {
      case 'number': {
        const n = parseNumber(cell);
        return n === undefined ? { problem: { id: 'import/not-number', args: { value: text } } } : { value: n };
      }
      case 'date': {
        const d = toIsoDate(this.dates, cell);
        return d === undefined ? { problem: { id: 'import/not-date', args: { value: text } } } : { value: d };
      }
      case 'timestamp': {
        const at = toTimestamp(this.dates, cell);
        return at === undefined ? { problem: { id: 'import/not-time', args: { value: text } } } : { value: at };
      }
      default:
        // Units are resolved against the catalog (orders.ts); numbers stay as written.
        if (path === 'lines.unit' || typeof cell === 'number') return { value: text };
        return { value: this.word(path, text) ?? text };
    }
  }
}
