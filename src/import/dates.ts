// Dates and times as other programs write them, made into gendan's: `YYYY-MM-DD`, and
// ISO 8601 timestamps with offset (China time, +08:00, when the source has none).
// Understood without being told: Excel serial numbers, 2026-12-05, 2026/12/5, 2026.12.05,
// 2026年12月5日, 20261205; more through the mapping's `dates:` (tokens YYYY YY M MM D DD,
// and H HH mm ss for times, or the same as yyyy dd or %Y %m %d; the rest stands for itself).
import { isDate } from '../calendar/dates.js';
import type { Cell } from './grid.js';

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, counted so that serial 60 (a day that never was) is skipped. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export const CHINA_OFFSET = '+08:00';

interface Parts {
  y: number;
  m: number;
  d: number;
  hh?: number;
  mi?: number;
  ss?: number;
  offset?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dateOf(p: Parts): string | undefined {
  const s = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
  return isDate(s) && s >= '1900-01-01' && s <= '2199-12-31' ? s : undefined;
}

function fromSerial(n: number): Parts | undefined {
  if (!(n >= 1 && n < 110_000)) return undefined;
  const ms = Math.round((EXCEL_EPOCH + n * DAY_MS) / 1000) * 1000;
  return fromUtcDate(new Date(ms));
}

/** exceljs gives a date cell as the wall-clock time read as UTC. */
function fromUtcDate(t: Date): Parts | undefined {
  if (Number.isNaN(t.getTime())) return undefined;
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes(), ss: t.getUTCSeconds() };
}

// Built from a string: the bundle is ASCII, and only strings are escaped in it.
const BUILT_IN = new RegExp('^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]+(\\d{1,2})[:時时点](\\d{1,2})(?:[:分](\\d{1,2})(?:\\.\\d+)?)?秒?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$');

function builtIn(s: string): Parts | undefined {
  let m = BUILT_IN.exec(s);
  if (m) {
    const parts: Parts = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    if (m[4] !== undefined) Object.assign(parts, { hh: +m[4], mi: +m[5]!, ss: m[6] !== undefined ? +m[6] : 0 });
    if (m[7] !== undefined) parts.offset = m[7] === 'Z' ? '+00:00' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return parts;
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  return undefined;
}

// Tokens as people write formats: YYYY-MM-DD (moment, Excel), yyyy-MM-dd (date-fns, Java),
// %Y-%m-%d (strftime); all mean the same parts.
const TOKENS = /YYYY|yyyy|%Y|YY|yy|%y|MM|%m|M|DD|dd|%d|D|d|HH|hh|%H|H|h|mm|%M|ss|%S/g;
const PART: Record<string, 'y4' | 'y2' | 'm' | 'd' | 'h' | 'mi' | 's'> = {
  YYYY: 'y4', yyyy: 'y4', '%Y': 'y4', YY: 'y2', yy: 'y2', '%y': 'y2',
  MM: 'm', '%m': 'm', M: 'm', DD: 'd', dd: 'd', '%d': 'd', D: 'd', d: 'd',
  HH: 'h', hh: 'h', '%H': 'h', H: 'h', h: 'h', mm: 'mi', '%M': 'mi', ss: 's', '%S': 's',
};

/** A `dates:` format as a pattern: `DD/MM/YYYY` → groups for day, month, year. */
function formatParser(format: string): (s: string) => Parts | undefined {
  const parts: string[] = [];
  let source = '';
  let last = 0;
  for (const m of format.matchAll(TOKENS)) {
    source += escape(format.slice(last, m.index));
    const part = PART[m[0]]!;
    parts.push(part);
    source += part === 'y4' ? '(\\d{4})' : part === 'y2' ? '(\\d{2})' : '(\\d{1,2})';
    last = m.index + m[0].length;
  }
  source += escape(format.slice(last));
  const re = new RegExp(`^${source}$`);
  return (s) => {
    const m = re.exec(s);
    if (!m) return undefined;
    const p: Parts = { y: 0, m: 0, d: 0 };
    parts.forEach((part, i) => {
      const v = Number(m[i + 1]);
      if (part === 'y4') p.y = v;
      else if (part === 'y2') p.y = 2000 + v;
      else if (part === 'm') p.m = v;
      else if (part === 'd') p.d = v;
      else if (part === 'h') p.hh = v;
      else if (part === 'mi') p.mi = v;
      else p.ss = v;
    });
    if (p.hh !== undefined) {
      p.mi ??= 0;
      p.ss ??= 0;
    }
    return p;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type DateReader = (cell: Cell) => Parts | undefined;

/** A reader of dates and times that knows the built-in forms and the mapping's `dates:`. */
export function dateReader(formats: string[] = []): DateReader {
  const extra = formats.map(formatParser);
  return (cell) => {
    if (cell === undefined || typeof cell === 'boolean') return undefined;
    if (cell instanceof Date) return fromUtcDate(cell);
    if (typeof cell === 'number') return /^\d{8}$/.test(String(cell)) ? builtIn(String(cell)) : fromSerial(cell);
    const s = cell.normalize('NFKC').trim();
    for (const parse of extra) {
      const p = parse(s);
      if (p) return p;
    }
    return builtIn(s);
  };
}

/** The cell as `YYYY-MM-DD`, or undefined when it is not a date. */
export function toIsoDate(read: DateReader, cell: Cell): string | undefined {
  const p = read(cell);
  return p ? dateOf(p) : undefined;
}

/** The cell as an ISO 8601 timestamp with offset (+08:00 when the source has none). */
export function toTimestamp(read: DateReader, cell: Cell): string | undefined {
  const p = read(cell);
  if (!p) return undefined;
  const date = dateOf(p);
  if (!date) return undefined;
  const hh = p.hh ?? 0;
  const mi = p.mi ?? 0;
  const ss = p.ss ?? 0;
  if (hh > 23 || mi > 59 || ss > 59) return undefined;
  return `${date}T${pad(hh)}:${pad(mi)}:${pad(ss)}${p.offset ?? CHINA_OFFSET}`;
}
