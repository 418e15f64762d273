import type { Command } from 'commander';
import { checkFiles, type CacheUse } from '../../app/check-files.js';
import { MAX_PROBLEMS_PER_FILE } from '../../app/run-rules.js';
import { openCache } from '../../app/cache/open.js';
import { userError } from '../../model/errors.js';
import { rules } from '../../rules/index.js';
import { problemFormatters } from '../../format/problems.js';
import { nearest } from '../../util/nearest.js';
import { foundFiles } from '../../app/load-orders.js';
import { threadsFor } from '../../app/parallel.js';
import type { Session } from '../session.js';
import { parseCount, pickFormat, type Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  program
    .command('check')
    .description('check order files: schema, catalog, units, dates, workflow facts')
    .argument('[paths...]', 'order files or folders (default: the workspace orders)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--no-cache', 'check every file afresh, neither reading nor writing the check cache')
    .option('--cache-location <dir>', 'keep the check cache in this folder (default: .gendan-cache at the workspace root)')
    .action((paths: string[], opts: CheckOptions, cmd: Command) => run(cmd, (s) => runCheck(s, paths, opts)));
}

interface CheckOptions {
  maxWarnings?: string;
  /** false with --no-cache. */
  cache?: boolean;
  cacheLocation?: string;
}

/**
 * Files named on the command line are checked with the cache from this many on. Fewer are
 * checked in less time than the cache of a large workspace takes to read (10,000 orders:
 * ~40 ms to read and verify, against well under a millisecond to check one order), and
 * what they would add to it the next check over the folder adds.
 */
const CACHE_FROM = 64;

export function runCheck(session: Session, paths: string[], opts: CheckOptions): number {
  const format = pickFormat(session, Object.keys(problemFormatters), 'text');
  const maxWarnings = opts.maxWarnings === undefined ? undefined : parseCount('--max-warnings', opts.maxWarnings);
  const ws = session.workspace(paths[0]);
  for (const id of Object.keys(ws.config.rules)) {
    if (!rules.some((r) => r.id === id)) {
      const suggest = nearest(id, rules.map((r) => r.id));
      throw userError('config/unknown-rule', { file: session.display(ws.config.file ?? 'gendan.yaml'), rule: id, hint: suggest ? { id: 'config/unknown-rule-hint', args: { suggest } } : '' });
    }
  }
  const files = foundFiles(session, ws, paths);
  const ctx = { config: ws.config, catalog: ws.catalog, calendar: ws.calendar, today: session.today };
  let cache: CacheUse | undefined;
  if (opts.cache !== false && (paths.length === 0 || files.length >= CACHE_FROM)) {
    const location = opts.cacheLocation === undefined ? undefined : session.resolve(opts.cacheLocation);
    const opened = openCache({ config: ws.config, catalog: ws.catalog, env: session.io.env, location, complete: paths.length === 0, show: session.display });
    if (opened.ignored) session.io.stderr(`${session.t('cli/error-prefix')}${session.t(opened.ignored)}\n`);
    cache = opened.use;
  }
  const result = checkFiles(files, ctx, (n) => threadsFor(n, session.io.env), cache);
  const hidden = [...result.hidden.values()];
  const errors = result.problems.filter((p) => p.severity === 'error').length + hidden.reduce((n, h) => n + h.errors, 0);
  const warnings = result.problems.length + hidden.reduce((n, h) => n + h.errors + h.warnings, 0) - errors;
  const notes = session.notes();
  const more = [...result.hidden].map(([file, h]) => ({ file, n: h.errors + h.warnings }));
  const report = { summary: { files: files.length, orders: result.orders, errors, warnings }, problems: result.problems, notes, hidden: more, max: MAX_PROBLEMS_PER_FILE };
  if (format !== 'json') for (const n of notes) session.io.stderr(`${session.t('cli/error-prefix')}${session.t(n)}\n`);
  session.io.stdout(problemFormatters[format]!(report, { lang: session.lang, color: session.color && format === 'text', sources: result.sources }));
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    session.io.stderr(`${session.t('cli/error-prefix')}${session.t('check/too-many-warnings', { warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
