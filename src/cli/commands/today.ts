// `gendan today`: the clerk's morning page — late, at risk, due today, open checklist items.
import type { Command } from 'commander';
import { todayFormatters } from '../../format/today.js';
import { byUrgency, todayPage } from '../../reports/today.js';
import { perOrder } from '../../reports/guard.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { loadForReport, reportCommand, reportNotes, skipOrder, type ReportOptions } from './report.js';

export function register(program: Command, run: Runner): void {
  reportCommand(program.command('today').description('the morning page: late, at risk and due today, and open checklist items, by order')).action(
    (paths: string[], opts: ReportOptions, cmd: Command) => run(cmd, (s) => runToday(s, paths, opts)),
  );
}

function runToday(session: Session, paths: string[], opts: ReportOptions): number {
  const format = pickFormat(session, Object.keys(todayFormatters), 'table');
  const { ws, inputs, ctx } = loadForReport(session, paths, opts);
  const orders = perOrder(inputs, (one) => todayPage(one, ctx), skipOrder(session)).sort(byUrgency);
  reportNotes(session);
  session.io.stdout(todayFormatters[format]!({ today: session.today, company: ws.config.company, orders }, { lang: session.lang, color: session.color && format === 'table' }));
  return opts.exitCode && orders.length > 0 ? 1 : 0;
}
