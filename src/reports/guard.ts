// One order must never stop a whole report: each order is computed on its own, and one
// whose values a report cannot use (a date out of any calendar, a number beyond reason) is
// named on stderr as skipped while the others are reported.
import type { ReportInput } from './row.js';

export function perOrder<T>(inputs: ReportInput[], run: (one: ReportInput[]) => T[], skip: (input: ReportInput) => void): T[] {
  const out: T[] = [];
  for (const input of inputs) {
    let part: T[];
    try {
      part = run([input]);
    } catch {
      skip(input);
      continue;
    }
    for (const x of part) out.push(x);
  }
  return out;
}
