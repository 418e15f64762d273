// Calendar dates as 'YYYY-MM-DD' strings, computed in whole UTC days so that time zones
// and daylight saving never shift a date.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD', else undefined. Years before 0100 are
 * not dates here (Date.UTC reads them as 19xx). Arithmetic only, no Date object: `check`
 * asks this of every date of every order. */
export function toDay(date: string): number | undefined {
  return civilDay(date, 100);
}

/** Days since 1970-01-01 for 'YYYY-MM-DD' naming a day of a year from `minYear`, else undefined. */
export function civilDay(date: string, minYear: number): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const y = digits(date, 0, 4);
  const mo = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < minYear || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d);
}

/** The number written by the ASCII digits from `from` up to `to`; -1 if any is not a digit. */
export function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (the civil-calendar count by eras of 400 years). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && toDay(value) !== undefined;
}

/** The 'YYYY-MM-DD' of a day count (the inverse of daysFromCivil; years 0100–9999). */
export function fromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days since 1970-01-01 of a valid date; a RangeError otherwise. */
export function day(date: string): number {
  const n = toDay(date);
  if (n === undefined) throw new RangeError(`not a date: ${date}`);
  return n;
}

export function addDays(date: string, n: number): string {
  return fromDay(day(date) + n);
}

/** b − a in calendar days. */
export function diffDays(a: string, b: string): number {
  return day(b) - day(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (day(date) + 4) % 7; // 1970-01-01 was a Thursday
}

export function maxDate(...dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d > best)) best = d;
  return best;
}

export function minDate(...dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d < best)) best = d;
  return best;
}

/** Today's local date, the default for --today. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
