// `gendan report overdue | at-risk | stats`: read-only reports over the workspace orders,
// for the clerk and for cron (`--exit-code` exits 1 when a report has rows).
import type { Command } from 'commander';
import { statsFormatters } from '../../format/stats.js';
import { rowFormatters } from '../../format/rows.js';
import { atRisk } from '../../reports/at-risk.js';
import { applyFilters, type Filters } from '../../reports/filter.js';
import type { Digest, DigestKind } from '../../app/digest.js';
import type { Lang } from '../../model/config.js';
import { reportInputs } from '../../reports/inputs.js';
import { overdue } from '../../reports/overdue.js';
import { byLateness, type ReportContext, type ReportInput, type ReportRow } from '../../reports/row.js';
import { statsOf, type StatsFacts } from '../../reports/stats.js';
import { digestFiles, orderFiles } from '../../app/load-orders.js';
import { cachedProblems } from '../../app/cache/open.js';
import type { Session, Workspace } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { namesArg } from '../input.js';
import { rowsSheet, statsSheets } from '../../format/sheets.js';
import { planContext } from '../order-ref.js';
import { registerSales } from './report-sales.js';

export interface ReportOptions extends Filters {
  exitCode?: boolean;
}

/** The options every report takes. */
export function reportCommand(cmd: Command, exitCode = true): Command {
  cmd
    .argument('[paths...]', 'order files or folders (default: the workspace orders)')
    .option('--customer <text>', 'only orders whose customer name contains this text')
    .option('--sales <text>', 'only orders whose salesperson contains this text')
    .option('--status <states>', 'only orders in these states (comma separated)');
  return exitCode ? cmd.option('--exit-code', 'exit 1 when the report has rows, 0 when empty (for cron)') : cmd;
}

/** Load the orders a report uses; files that cannot be used are named on stderr. */
export function loadForReport(session: Session, paths: string[], filters: Filters): { ws: Workspace; inputs: ReportInput[]; ctx: ReportContext } {
  const ws = session.workspace(paths[0]);
  if (filters.status !== undefined) filters = { ...filters, status: namesArg('state', '--status', filters.status, session.lang).join(',') };
  const { inputs, skipped } = reportInputs(orderFiles(session, ws, paths));
  for (const s of skipped) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('note/skipped-file', { file: s.file, reason: s.reason })}\n`);
  const ctx = planContext(session, ws);
  return { ws, inputs: applyFilters(inputs, filters), ctx };
}

/** Workspace notes that matter to a report (the calendar's missing years), on stderr. */
export function reportNotes(session: Session): void {
  for (const n of session.notes()) if (n.id !== 'note/no-catalog') session.io.stderr(`${session.t('cli/error-prefix')}${session.t(n)}\n`);
}

const ROW_REPORTS: Record<string, { description: string; rows: (inputs: ReportInput[], ctx: ReportContext) => ReportRow[] }> = {
  overdue: { description: 'one row per late item: delivery, milestone, shipment, follow-up, payment, issue, notify', rows: overdue },
  'at-risk': { description: 'open orders not late yet that may miss their delivery date', rows: atRisk },
};

export function register(program: Command, run: Runner): void {
  const report = program.command('report').description('reports: overdue, at-risk, stats, receivables, week');
  for (const [name, r] of Object.entries(ROW_REPORTS)) {
    reportCommand(report.command(name).description(r.description)).action((paths: string[], opts: ReportOptions, cmd: Command) =>
      run(cmd, (s) => runRows(s, name, paths, opts)),
    );
  }
  reportCommand(report.command('stats').description('on-time delivery rate, by month and customer; average days per state'), false).action(
    (paths: string[], opts: Filters, cmd: Command) => run(cmd, (s) => runStats(s, paths, opts)),
  );
  registerSales(report, run, { command: reportCommand, load: loadForReport, notes: reportNotes });
}

/**
 * What a report needs of each order, loaded without keeping the orders (reports/digest.ts);
 * files that cannot be used are named on stderr, in file order.
 */
export interface DigestOptions {
  /** Sees each digest as it arrives and says what of it is kept. */
  keep?: (d: Digest) => Digest;
  /** The morning page's table: its entries in words, in this language (DigestInit). */
  words?: Lang;
  /** Read the check cache for "check passes" (the morning page; false with --no-cache). */
  cache?: { location?: string };
}

export function digestForReport(session: Session, paths: string[], filters: Filters, kind: DigestKind, o: DigestOptions = {}): { ws: Workspace; digests: Digest[] } {
  const ws = session.workspace(paths[0]);
  if (filters.status !== undefined) filters = { ...filters, status: namesArg('state', '--status', filters.status, session.lang).join(',') };
  const checked = o.cache ? cachedProblems({ config: ws.config, catalog: ws.catalog, env: session.io.env, location: o.cache.location }) : [];
  const spec = { kind, today: session.today, filters: { customer: filters.customer, sales: filters.sales, status: filters.status }, ...(o.words ? { words: o.words } : {}), ...(checked.length > 0 ? { checked } : {}) };
  const digests = digestFiles(session, ws, paths, spec, o.keep);
  for (const d of digests) if (d.skipped) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('note/skipped-file', { file: d.skipped.file, reason: d.skipped.reason })}\n`);
  return { ws, digests };
}

async function runRows(session: Session, name: string, paths: string[], opts: ReportOptions): Promise<number> {
  const format = pickFormat(session, [...Object.keys(rowFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  const { digests } = digestForReport(session, paths, opts, name as DigestKind);
  const rows: ReportRow[] = [];
  for (const d of digests) for (const r of d.rows ?? []) rows.push(r);
  rows.sort(byLateness);
  reportNotes(session);
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../xlsx-out.js');
    await writeXlsx(session, (lang) => rowsSheet(name, rows, lang));
  } else session.io.stdout(rowFormatters[format]!({ name, today: session.today, rows }, session.formatOptions(format)));
  return opts.exitCode && rows.length > 0 ? 1 : 0;
}

async function runStats(session: Session, paths: string[], opts: Filters): Promise<number> {
  const format = pickFormat(session, [...Object.keys(statsFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  const { digests } = digestForReport(session, paths, opts, 'stats');
  const facts: StatsFacts[] = [];
  for (const d of digests) if (d.stats) facts.push(d.stats);
  reportNotes(session);
  const s = statsOf(facts);
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../xlsx-out.js');
    await writeXlsx(session, (lang) => statsSheets(s, lang));
  } else session.io.stdout(statsFormatters[format]!({ today: session.today, stats: s }, session.formatOptions(format)));
  return 0;
}
