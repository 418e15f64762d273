import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Calendar } from '../src/calendar/calendar.js';
import { addDays } from '../src/calendar/dates.js';
import type { CalendarConfig } from '../src/model/config.js';
import { gendan, workspace } from './helpers/cli.js';
import { CATALOG } from './rules/tester.js';

const cn = (over: Partial<CalendarConfig> = {}) => new Calendar({ region: 'CN', weekend: ['sat', 'sun'], holidays: [], workdays: [], ...over });
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('China region calendar', () => {
  it('National Day 2026: October 1 to 7 are days off, weekdays included; October 8 is a working day', () => {
    const cal = cn();
    for (const d of days('2026-10-01', 7)) expect(cal.isWorkday(d), d).toBe(false);
    expect(cal.isWorkday('2026-10-08')).toBe(true);
    expect(cal.isWorkday('2026-09-30')).toBe(true);
  });

  it('make-up workdays (调休) 2026-09-20 (a Sunday) and 2026-10-10 (a Saturday) are working days', () => {
    const cal = cn();
    expect(cal.isWorkday('2026-09-20')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    // the weekends around them stay off
    expect(cal.isWorkday('2026-09-19')).toBe(false);
    expect(cal.isWorkday('2026-10-11')).toBe(false);
    expect(cal.isWorkday('2026-10-17')).toBe(false);
  });

  it('without a region only the weekend counts', () => {
    const cal = cn({ region: 'none' });
    expect(cal.isWorkday('2026-10-01')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(false);
    expect(cal.missingYears.size).toBe(0);
  });

  it('a company holiday is a day off, even on a make-up workday', () => {
    const cal = cn({ holidays: ['2026-12-31', '2026-10-10'] });
    expect(cal.isWorkday('2026-12-31')).toBe(false);
    expect(cal.isWorkday('2026-10-10')).toBe(false);
    expect(cal.isWorkday('2026-12-30')).toBe(true);
  });

  it('a company workday is a working day, even on a weekend or public holiday', () => {
    const cal = cn({ workdays: ['2026-12-26', '2026-10-05'] });
    expect(cal.isWorkday('2026-12-26')).toBe(true);
    expect(cal.isWorkday('2026-10-05')).toBe(true);
    expect(cal.isWorkday('2026-12-27')).toBe(false);
  });

  it('the weekend is configurable', () => {
    const cal = cn({ weekend: ['sun'] });
    expect(cal.isWorkday('2026-11-28')).toBe(true);
    expect(cal.isWorkday('2026-11-29')).toBe(false);
  });
});

describe('addWorkdays: the N-th working day strictly after a date', () => {
  const cal = cn();

  it('counts from the day after', () => {
    expect(cal.addWorkdays('2026-11-30', 1)).toBe('2026-12-01');
    expect(cal.addWorkdays('2026-11-27', 1)).toBe('2026-11-30');
    expect(cal.addWorkdays('2026-11-28', 1)).toBe('2026-11-30');
    expect(cal.addWorkdays('2026-11-30', 5)).toBe('2026-12-07');
    expect(cal.addWorkdays('2026-11-28', 0)).toBe('2026-11-28');
    expect(cal.nextWorkday('2026-11-27')).toBe('2026-11-30');
  });

  it('skips National Day and uses the make-up Saturday', () => {
    expect(cal.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-10-03', 1)).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
    expect(cal.addWorkdays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('skips a company holiday', () => {
    expect(cn({ holidays: ['2026-12-01'] }).addWorkdays('2026-11-30', 1)).toBe('2026-12-02');
  });

  it('lands on a working day that is exactly n working days later', () => {
    const start = fc.integer({ min: 0, max: 364 }).map((i) => addDays('2026-01-01', i));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const end = cal.addWorkdays(d, n);
        expect(end > d).toBe(true);
        expect(cal.isWorkday(end)).toBe(true);
        expect(cal.workdaysBetween(d, end)).toBe(n);
        expect(cal.workdaysBetween(d, addDays(end, -1))).toBe(n - 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('one calendar asked many times', () => {
  // A calendar remembers each day it judged; its answers, and the years without data it
  // notes for each question (a check clears them per file), must be a fresh calendar's.
  const date = fc.integer({ min: 0, max: 4 * 365 }).map((i) => addDays('2025-06-01', i));
  const question = fc.oneof(
    date.map((d) => ({ ask: 'isWorkday' as const, d })),
    fc.tuple(date, fc.integer({ min: -2, max: 90 })).map(([d, n]) => ({ ask: 'addWorkdays' as const, d, n })),
    fc.tuple(date, fc.integer({ min: -5, max: 200 })).map(([d, n]) => ({ ask: 'workdaysBetween' as const, d, to: addDays(d, n) })),
  );
  type Question = typeof question extends fc.Arbitrary<infer Q> ? Q : never;
  const answer = (cal: Calendar, q: Question) => (q.ask === 'isWorkday' ? cal.isWorkday(q.d) : q.ask === 'addWorkdays' ? cal.addWorkdays(q.d, q.n) : cal.workdaysBetween(q.d, q.to));

  it('answers and notes as a fresh calendar does, question after question', () => {
    const config = { holidays: ['2026-12-01', '2027-05-04'], workdays: ['2026-12-05'] };
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 30 }), (qs) => {
        const shared = cn(config);
        for (const q of qs) {
          shared.missingYears.clear();
          const fresh = cn(config);
          expect(answer(shared, q), JSON.stringify(q)).toBe(answer(fresh, q));
          expect([...shared.missingYears].sort()).toEqual([...fresh.missingYears].sort());
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('years without official data', () => {
  it('fall back to weekends only and are remembered for one note', () => {
    const cal = cn();
    expect(cal.isWorkday('2027-01-01')).toBe(true); // a Friday; the real holiday is not known
    expect(cal.isWorkday('2027-01-02')).toBe(false);
    cal.addWorkdays('2027-03-01', 20);
    expect([...cal.missingYears]).toEqual([2027]);
    cal.isWorkday('2026-06-01');
    expect([...cal.missingYears]).toEqual([2027]);
  });

  // Two orders whose earliest feasible delivery reaches into 2027 (confirmed late December).
  const order = (id: string) => `id: ${id}
status: received
customer: { name: 恒达机械 }
ordered: 2026-12-20
lines:
  - { model: XK-200, quantity: 500, unit: pcs }
delivery: { requested: 2027-03-01, method: truck }
confirmation: { date: 2026-12-21 }
`;
  const dir = () => workspace({ 'gendan.yaml': 'catalog: catalog.yaml\n', 'catalog.yaml': CATALOG, 'orders/SO-1.yaml': order('SO-1'), 'orders/SO-2.yaml': order('SO-2') });
  const note = /no official holiday data for 2027/;

  it('surface once in the JSON notes, not on stderr', async () => {
    const r = await gendan(['check', '--format', 'json', '--today', '2026-11-28'], { cwd: dir() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { notes?: string[] };
    expect(out.notes?.filter((n) => note.test(n))).toHaveLength(1);
  });

  it('surface once on stderr in text format, and not in the problems', async () => {
    const r = await gendan(['check', '--today', '2026-11-28'], { cwd: dir() });
    expect(r.code).toBe(0);
    expect(r.stderr.match(new RegExp(note, 'g'))).toHaveLength(1);
    expect(r.stdout).not.toMatch(note);
  });

  it('say nothing when every date is in a year with data', async () => {
    const ws = workspace({ 'gendan.yaml': 'catalog: catalog.yaml\n', 'catalog.yaml': CATALOG, 'orders/SO-1.yaml': order('SO-1').replace('2026-12-21', '2026-11-21').replace('2026-12-20', '2026-11-20') });
    const r = await gendan(['check', '--format', 'json', '--today', '2026-11-28'], { cwd: ws });
    expect(JSON.parse(r.stdout).notes).toBeUndefined();
  });
});
