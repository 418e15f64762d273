// China's public holidays and make-up workdays (调休), from the maintained data of the
// chinese-days package. Read as JSON: it is all we need and loads faster than the library.
import { createRequire } from 'node:module';

export interface RegionData {
  holidays: Set<string>;
  workdays: Set<string>;
  years: Set<number>;
}

let cached: RegionData | undefined;

export function chinaData(): RegionData {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = require('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const holidays = new Set(Object.keys(raw.holidays));
  const workdays = new Set(Object.keys(raw.workdays));
  const years = new Set<number>();
  for (const d of holidays) years.add(Number(d.slice(0, 4)));
  cached = { holidays, workdays, years };
  return cached;
}
