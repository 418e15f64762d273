// The `date` and `date-time` formats of the order schema, as ajv-formats defines them
// (RFC 3339, full mode), read with character codes: a check looks at some twenty dates
// per order, and ajv-formats' regular expressions and captures took ~8% of a cold check.
// What the quick reading does not decide (leap seconds, odd separators, other shapes)
// goes to ajv-formats itself; a property test holds both to ajv-formats on any string.
//
// The precompiled validators require dist/validators/formats.cjs, which the build makes
// from this module (scripts/build-validators.mjs).
import { fullFormats } from 'ajv-formats/dist/formats.js';

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ajvDateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

/** The two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** YYYY-MM-DD, a day that exists. */
function date(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const century = two(s, 0);
  const year = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (century < 0 || year < 0 || month < 1 || month > 12 || day < 1) return false;
  const y = century * 100 + year;
  return day <= (month === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS[month]!);
}

/** YYYY-MM-DDThh:mm:ss with a zone (Z or ±hh:mm), as ajv-formats reads it. */
function dateTime(s: string): boolean {
  // The usual shapes: 2026-05-29T09:42:00+08:00 and 2026-05-29T09:42:00Z.
  const n = s.length;
  const sep = s.charCodeAt(10);
  const zone = s.charCodeAt(19);
  const usual =
    (n === 25 ? (zone === 43 || zone === 45) && s.charCodeAt(22) === 58 : n === 20 && (zone === 90 || zone === 122)) &&
    (sep === 84 || sep === 116 || sep === 32) &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58;
  if (!usual) return ajvDateTime(s);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (!date(s.slice(0, 10)) || hour < 0 || minute < 0 || second < 0) return false;
  if (n === 25) {
    const zh = two(s, 20);
    const zm = two(s, 23);
    if (zh < 0 || zm < 0 || zh > 23 || zm > 59) return false;
  }
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  return ajvDateTime(s); // a leap second, or not a time
}

export const formats = { date, 'date-time': dateTime };
