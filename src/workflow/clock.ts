// The `at` of a history entry: ISO 8601 with the local UTC offset. Fixed for tests and
// scripts: GENDAN_NOW gives the exact timestamp; a fixed today (--today / GENDAN_TODAY)
// gives 09:00 local time on that day.
import { isDate } from '../calendar/dates.js';

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isTimestamp(s: string): boolean {
  return STAMP.test(s) && !Number.isNaN(Date.parse(s));
}

const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');

/** `+08:00` for an offset given as Date#getTimezoneOffset() (minutes, sign inverted). */
export function offsetText(tzOffsetMinutes: number): string {
  const east = -tzOffsetMinutes;
  return `${east < 0 ? '-' : '+'}${pad(Math.abs(east) / 60)}:${pad(Math.abs(east) % 60)}`;
}

/** A local Date as ISO 8601 with its offset, to the second. */
export function stamp(d: Date): string {
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${offsetText(d.getTimezoneOffset())}`;
}

export interface ClockInput {
  /** GENDAN_NOW, if set. */
  now?: string;
  /** The fixed today, if --today or GENDAN_TODAY was given. */
  fixedToday?: string;
}

/** The timestamp to record, or undefined when GENDAN_NOW is not a timestamp. */
export function nowStamp(input: ClockInput, real = new Date()): string | undefined {
  if (input.now !== undefined) return isTimestamp(input.now) ? input.now : undefined;
  if (input.fixedToday !== undefined && isDate(input.fixedToday)) {
    const [y, m, d] = input.fixedToday.split('-').map(Number) as [number, number, number];
    return stamp(new Date(y, m - 1, d, 9, 0, 0));
  }
  return stamp(real);
}
