// `gendan report receivables | week`: the reports for the sales manager and the boss —
// what customers owe, aged, and what the week brought, per salesperson.
import type { Command } from 'commander';
import { isDate } from '../../calendar/dates.js';
import { receivablesFormatters } from '../../format/receivables.js';
import { weekFormatters } from '../../format/week.js';
import { userError } from '../../model/errors.js';
import type { Filters } from '../../reports/filter.js';
import { receivables } from '../../reports/receivables.js';
import type { ReportContext, ReportInput } from '../../reports/row.js';
import { mondayOf, week } from '../../reports/week.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';

type ReportOptions = Filters & { exitCode?: boolean };

/** What every report shares, handed in by report.ts (which registers these two). */
export interface ReportParts {
  command: (cmd: Command, exitCode?: boolean) => Command;
  load: (session: Session, paths: string[], filters: Filters) => { inputs: ReportInput[]; ctx: ReportContext };
  notes: (session: Session) => void;
}

const RECEIVABLES_HELP = `
Buckets are calendar days past the balance due date: on the first shipment for
before_shipment, on the last delivery for on_delivery, that + balance_days for
days_after_delivery; not yet due while that has not happened.

Examples:
  gendan report receivables
  gendan report receivables --format csv > receivables.csv
  gendan report receivables --customer 恒达 --format json
`;

const WEEK_HELP = `
The week is seven days from --from (default: this week's Monday). "Late now" is
judged on today (--today).

Examples:
  gendan report week                               # this week, markdown for mail
  gendan report week --from 2026-11-23 --format table
  gendan report week --from "$(date -d 'last monday' +%F)" | mail -s 周报 sales@example.com
`;

export function registerSales(report: Command, run: Runner, parts: ReportParts): void {
  const { command: reportCommand } = parts;
  reportCommand(report.command('receivables').description('what customers owe, per customer and currency, aged: not due, 1–30, 31–60, 61–90, > 90 days'))
    .addHelpText('after', RECEIVABLES_HELP)
    .action((paths: string[], opts: ReportOptions, cmd: Command) => run(cmd, (s) => runReceivables(s, paths, opts, parts)));
  reportCommand(report.command('week').description('the weekly report per salesperson: new, confirmed, shipped, delivered, paid, late, dates moved'), false)
    .option('--from <date>', 'first day of the week (YYYY-MM-DD; default: Monday of this week)')
    .addHelpText('after', WEEK_HELP)
    .action((paths: string[], opts: ReportOptions & { from?: string }, cmd: Command) => run(cmd, (s) => runWeek(s, paths, opts, parts)));
}

function runReceivables(session: Session, paths: string[], opts: ReportOptions, parts: ReportParts): number {
  const format = pickFormat(session, Object.keys(receivablesFormatters), 'table');
  const { inputs, ctx } = parts.load(session, paths, opts);
  const rec = receivables(inputs, ctx);
  parts.notes(session);
  session.io.stdout(receivablesFormatters[format]!({ today: session.today, receivables: rec }, { lang: session.lang, color: session.color && format === 'table' }));
  return opts.exitCode && rec.rows.length > 0 ? 1 : 0;
}

function runWeek(session: Session, paths: string[], opts: ReportOptions & { from?: string }, parts: ReportParts): number {
  const format = pickFormat(session, Object.keys(weekFormatters), 'markdown');
  if (opts.from !== undefined && !isDate(opts.from)) throw userError('week/bad-from', { value: opts.from });
  const { inputs, ctx } = parts.load(session, paths, opts);
  const w = week(inputs, ctx, opts.from ?? mondayOf(session.today));
  parts.notes(session);
  session.io.stdout(weekFormatters[format]!({ today: session.today, week: w }, { lang: session.lang, color: session.color && format === 'table' }));
  return 0;
}
