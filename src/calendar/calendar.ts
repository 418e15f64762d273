import type { CalendarConfig, Weekday } from '../model/config.js';
import { chinaData, type RegionData } from './region-cn.js';
import { day, fromDay } from './dates.js';

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
  /** Days judged so far (workdayAt). */
  private readonly known = new Map<number, number>();

  constructor(readonly config: CalendarConfig) {
    this.weekend = new Set(config.weekend.map((w) => WEEKDAYS.indexOf(w)));
    this.holidays = new Set(config.holidays);
    this.workdays = new Set(config.workdays);
  }

  isWorkday(date: string): boolean {
    return this.workdayAt(day(date), date);
  }

  /**
   * Whether day `n` (days since 1970-01-01) is a working day. Each day is judged once and
   * remembered: orders add working days to dates all the time (lead times, notices), and
   * most of them fall in the same few months. A day of a year the region has no data for
   * notes that year on every use, as judging it would.
   */
  private workdayAt(n: number, date?: string): boolean {
    let k = this.known.get(n);
    if (k === undefined) this.known.set(n, (k = this.judge(date ?? fromDay(n), n)));
    if (k > 1) this.missingYears.add(k >> 1);
    return (k & 1) === 1;
  }

  /** 1 for a working day, 0 for a day off, plus twice the year when the region has no data for it. */
  private judge(date: string, n: number): number {
    if (this.holidays.has(date)) return 0;
    if (this.workdays.has(date)) return 1;
    let missing = 0;
    const region = (this.regionData ??= this.config.region === 'CN' ? chinaData() : null);
    if (region) {
      const year = Number(date.slice(0, 4));
      if (region.years.has(year)) {
        if (region.workdays.has(date)) return 1;
        if (region.holidays.has(date)) return 0;
      } else missing = year * 2;
    }
    return missing + (this.weekend.has((n + 4) % 7) ? 0 : 1); // 1970-01-01 was a Thursday
  }

  /** The date `n` working days after `date` (`date` itself for n ≤ 0). */
  addWorkdays(date: string, n: number): string {
    if (n <= 0) return date;
    let d = day(date);
    let left = n;
    let guard = 0;
    while (left > 0) {
      d++;
      if (this.workdayAt(d)) {
        left--;
        guard = 0;
      } else if (++guard > 3660) {
        throw new RangeError('calendar has no working days');
      }
    }
    return fromDay(d);
  }

  /** The first working day strictly after `date`. */
  nextWorkday(date: string): string {
    return this.addWorkdays(date, 1);
  }

  /** Working days in (from, to]: how many working days after `from` until `to`. */
  workdaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = day(from) + 1, end = day(to); d <= end; d++) if (this.workdayAt(d)) n++;
    return n;
  }
}
