import type { Command } from 'commander';
import { listFormatters, type ListRow } from '../../format/list.js';
import { userError } from '../../model/errors.js';
import { nearest } from '../../util/nearest.js';
import { ALL_STATUSES, isStatus } from '../../workflow/states.js';
import { digestFiles } from '../../app/load-orders.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';

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

/** The states asked for (`open` among them, maybe), checked. */
function statusFilter(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const wanted = value.split(',').map((v) => v.trim()).filter(Boolean);
  for (const w of wanted) {
    if (w !== 'open' && !isStatus(w)) {
      const suggest = nearest(w, [...ALL_STATUSES, 'open']);
      throw userError('advance/unknown-state', { state: w, allowed: [...ALL_STATUSES, 'open'].join(', '), hint: suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '' });
    }
  }
  return wanted;
}

export function runList(session: Session, paths: string[], opts: ListOptions): number {
  const format = pickFormat(session, Object.keys(listFormatters), 'table');
  const wanted = statusFilter(opts.status);
  const ws = session.workspace(paths[0]);
  const rows: ListRow[] = [];
  // Each order is read for its row only (reports/digest.ts): a long list stays small.
  for (const d of digestFiles(session, ws, paths, { kind: 'list', today: session.today, filters: {}, list: { statuses: wanted, customer: opts.customer } })) {
    if (d.skipped) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('note/skipped-file', { file: d.skipped.file, reason: d.skipped.reason })}\n`);
    else if (d.list) rows.push(d.list);
  }
  rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  session.io.stdout(listFormatters[format]!(rows, session.today, { lang: session.lang, color: session.color && format === 'table' }));
  return 0;
}
