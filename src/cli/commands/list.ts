import type { Command } from 'commander';
import { listFormatters, type ListRow } from '../../format/list.js';
import type { Lang } from '../../model/config.js';
import { namesArg } from '../input.js';
import { digestFiles } from '../../app/load-orders.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { listSheet } from '../../format/sheets.js';

interface ListOptions {
  status?: string;
  customer?: string;
}

export function register(program: Command, run: Runner): void {
  program
    .command('list')
    .description('one line per order: status, customer, dates and amounts (table, markdown, json, csv)')
    .argument('[paths...]', 'order files or folders (default: the workspace orders)')
    .option('--status <states>', 'only these states, comma-separated; `open` = every state but closed and cancelled')
    .option('--customer <text>', 'only customers whose name contains this text')
    .action((paths: string[], opts: ListOptions, cmd: Command) => run(cmd, (s) => runList(s, paths, opts)));
}

/** The states asked for (`open` among them, maybe), by id or Chinese name. */
function statusFilter(value: string | undefined, lang: Lang): string[] | undefined {
  if (value === undefined) return undefined;
  return namesArg('state', '--status', value, lang, { open: ['未完结', '进行中'] });
}

export async function runList(session: Session, paths: string[], opts: ListOptions): Promise<number> {
  const format = pickFormat(session, [...Object.keys(listFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  const wanted = statusFilter(opts.status, session.lang);
  const ws = session.workspace(paths[0]);
  const rows: ListRow[] = [];
  // Each order is read for its row only (reports/digest.ts): a long list stays small.
  for (const d of digestFiles(session, ws, paths, { kind: 'list', today: session.today, filters: {}, list: { statuses: wanted, customer: opts.customer } })) {
    if (d.skipped) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('note/skipped-file', { file: d.skipped.file, reason: d.skipped.reason })}\n`);
    else if (d.list) rows.push(d.list);
  }
  rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../xlsx-out.js');
    await writeXlsx(session, (lang) => listSheet(rows, lang));
    return 0;
  }
  session.io.stdout(listFormatters[format]!(rows, session.today, session.formatOptions(format)));
  return 0;
}
