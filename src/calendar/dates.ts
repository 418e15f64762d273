// Calendar dates as 'YYYY-MM-DD' strings, computed in whole UTC days so that time zones
// and daylight saving never shift a date.

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD', else undefined. */
export function toDay(date: string): number | undefined {
  const m = ISO.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / DAY_MS;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && toDay(value) !== undefined;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function day(date: string): number {
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
