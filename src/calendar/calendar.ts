import type { CalendarConfig, Weekday } from '../model/config.js';
import { chinaData, type RegionData } from './region-cn.js';
import { addDays, weekday } from './dates.js';

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Working days: not a weekend day and not a public holiday, plus the region's make-up
 * workdays and the company's extra workdays, minus the company's extra holidays.
 * Years the region has no data for fall back to weekends only; they are collected in
 * `missingYears` so the caller can say so once.
 */
export class Calendar {
  readonly missingYears = new Set<number>();
  private readonly weekend: Set<number>;
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;
  /** The region's data, read when a date is first asked about (null: no region). */
  private regionData: RegionData | null | undefined;

  constructor(readonly config: CalendarConfig) {
    this.weekend = new Set(config.weekend.map((w) => WEEKDAYS.indexOf(w)));
    this.holidays = new Set(config.holidays);
    this.workdays = new Set(config.workdays);
  }

  isWorkday(date: string): boolean {
    if (this.holidays.has(date)) return false;
    if (this.workdays.has(date)) return true;
    const region = (this.regionData ??= this.config.region === 'CN' ? chinaData() : null);
    if (region) {
      const year = Number(date.slice(0, 4));
      if (region.years.has(year)) {
        if (region.workdays.has(date)) return true;
        if (region.holidays.has(date)) return false;
      } else {
        this.missingYears.add(year);
      }
    }
    return !this.weekend.has(weekday(date));
  }

  /** The n-th working day strictly after `date`; `date` itself when n is 0. */
  addWorkdays(date: string, n: number): string {
    let d = date;
    let left = n;
    let guard = 0;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkday(d)) {
        left--;
        guard = 0;
      } else if (++guard > 3660) {
        throw new RangeError('calendar has no working days');
      }
    }
    return d;
  }

  /** The first working day strictly after `date`. */
  nextWorkday(date: string): string {
    return this.addWorkdays(date, 1);
  }

  /** Working days in (from, to]: how many working days after `from` until `to`. */
  workdaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) n++;
    return n;
  }
}
