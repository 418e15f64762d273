// `gendan today`: the clerk's morning page — late, at risk, due today, open checklist items.
import type { Command } from 'commander';
import { tablePieces, todayFormatters } from '../../format/today.js';
import { byUrgency, type TodayOrder } from '../../reports/today.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { todaySheet } from '../../format/sheets.js';
import { digestForReport, reportCommand, reportNotes, type ReportOptions } from './report.js';

export function register(program: Command, run: Runner): void {
  reportCommand(program.command('today').description('the morning page: late, at risk and due today, and open checklist items, by order')).action(
    (paths: string[], opts: ReportOptions, cmd: Command) => run(cmd, (s) => runToday(s, paths, opts)),
  );
}

async function runToday(session: Session, paths: string[], opts: ReportOptions): Promise<number> {
  const format = pickFormat(session, [...Object.keys(todayFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  const { ws, digests } = digestForReport(session, paths, opts, 'today');
  const orders: TodayOrder[] = [];
  for (const d of digests) if (d.page) orders.push(d.page);
  orders.sort(byUrgency);
  reportNotes(session);
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../xlsx-out.js');
    await writeXlsx(session, (lang) => todaySheet(orders, lang));
  } else if (format === 'table') {
    // Written as it is made: the page of 100,000 orders is never held whole.
    for (const piece of tablePieces({ today: session.today, company: ws.config.company, orders }, session.formatOptions(format))) session.io.stdout(piece);
  } else session.io.stdout(todayFormatters[format]!({ today: session.today, company: ws.config.company, orders }, session.formatOptions(format)));
  return opts.exitCode && orders.length > 0 ? 1 : 0;
}
