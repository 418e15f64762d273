// The `date` and `date-time` formats of the order schema, as ajv-formats defines them
// (RFC 3339, full mode), read with character codes: a check looks at some twenty dates
// per order, and ajv-formats' regular expressions and captures took ~8% of a cold check.
// What the quick reading does not decide (leap seconds, odd separators, other shapes)
// goes to ajv-formats itself; a property test holds both to ajv-formats on any string.
//
// The precompiled validators require dist/validators/formats.cjs, which the build makes
// from this module (scripts/build-validators.mjs).
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { civilDay, digits } from '../calendar/dates.js';

const ajvDateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

/** YYYY-MM-DD, a day that exists (any year, 0000 included, as ajv-formats reads it). */
const date = (s: string): boolean => civilDay(s, 0) !== undefined;

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
  const hour = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  const second = digits(s, 17, 19);
  if (!date(s.slice(0, 10)) || hour < 0 || minute < 0 || second < 0) return false;
  if (n === 25) {
    const zh = digits(s, 20, 22);
    const zm = digits(s, 23, 25);
    if (zh < 0 || zm < 0 || zh > 23 || zm > 59) return false;
  }
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  return ajvDateTime(s); // a leap second, or not a time
}

export const formats = { date, 'date-time': dateTime };
