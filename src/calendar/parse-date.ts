// Dates as people type them: 2026-12-05, 2026-12-5, 2026/12/5, 2026.12.05, 20261205,
// 2026年12月5日 (full-width digits too). One parser for every date given on the command
// line; files keep the strict YYYY-MM-DD form, and use this only to suggest it.
import { isDate } from './dates.js';

// Non-ASCII written as \u escapes: the bundle must stay ASCII (launch.ts reads it as latin1).
const FORMS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})\u5E74(\d{1,2})\u6708(\d{1,2})[\u65E5\u53F7]?$/, /^(\d{4})(\d{2})(\d{2})$/];

/** The YYYY-MM-DD form of a typed date, or undefined when it is not a real date in 1900–2199. */
export function parseDateInput(text: string): string | undefined {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const year = Number(m[1]);
    return isDate(iso) && year >= 1900 && year <= 2199 ? iso : undefined;
  }
  return undefined;
}
