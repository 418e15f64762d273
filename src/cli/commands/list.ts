import type { Command } from 'commander';
import { dueDate } from '../../facts/delivery.js';
import { orderTotal, paidSum } from '../../facts/money.js';
import { listFormatters, type ListRow } from '../../format/list.js';
import type { Status } from '../../model/order.js';
import type { Lang } from '../../model/config.js';
import { namesArg } from '../input.js';
import { isOpen, isStatus } from '../../workflow/states.js';
import { orderFiles } from '../../app/load-orders.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { skipped } from './checklist.js';
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

function statusFilter(value: string | undefined, lang: Lang): ((s: Status) => boolean) | undefined {
  if (value === undefined) return undefined;
  const wanted = namesArg('state', '--status', value, lang, { open: ['未完结', '进行中'] });
  return (s) => wanted.includes(s) || (wanted.includes('open') && isOpen(s));
}

export async function runList(session: Session, paths: string[], opts: ListOptions): Promise<number> {
  const format = pickFormat(session, [...Object.keys(listFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  const needle = opts.customer?.toLowerCase();
  const ws = session.workspace(paths[0]);
  const byStatus = statusFilter(opts.status, session.lang);
  const rows: ListRow[] = [];
  for (const file of orderFiles(session, ws, paths)) {
    const o = file.order;
    if (!o?.id || !isStatus(o.status)) {
      skipped(session, file);
      continue;
    }
    if (byStatus && !byStatus(o.status)) continue;
    if (needle !== undefined && !(o.customer?.name ?? '').toLowerCase().includes(needle)) continue;
    rows.push({ order: o.id, file: file.display, status: o.status, customer: o.customer?.name ?? '', ordered: o.ordered ?? '', due: dueDate(o) ?? '', currency: o.currency ?? 'CNY', total: orderTotal(o), paid: paidSum(o) });
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
