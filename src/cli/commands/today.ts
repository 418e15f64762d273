// `gendan today`: the clerk's morning page — late, at risk, due today, open checklist items.
import type { Command } from 'commander';
import { tablePieces, TableMeasure, todayFormatters, type ShownOrder } from '../../format/today.js';
import { byUrgencyKey, urgencyKey, type TodayOrder, type UrgencyKey } from '../../reports/today.js';
import { Packed } from '../../app/packed.js';
import { own } from '../../app/compact.js';
import type { Digest } from '../../app/digest.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';
import { todaySheet } from '../../format/sheets.js';
import { digestForReport, reportCommand, reportNotes, type ReportOptions } from './report.js';

export function register(program: Command, run: Runner): void {
  reportCommand(program.command('today').description('the morning page: late, at risk and due today, and open checklist items, by order'))
    .option('--no-cache', "do not read the check cache: \"check passes\" is judged afresh for every order")
    .option('--cache-location <dir>', 'the folder of the check cache, as given to gendan check (default: .gendan-cache at the workspace root)')
    .action((paths: string[], opts: TodayOptions, cmd: Command) => run(cmd, (s) => runToday(s, paths, opts)));
}

interface TodayOptions extends ReportOptions {
  /** false with --no-cache. */
  cache?: boolean;
  cacheLocation?: string;
}

async function runToday(session: Session, paths: string[], opts: TodayOptions): Promise<number> {
  const format = pickFormat(session, [...Object.keys(todayFormatters), 'xlsx'], 'table');
  if (format === 'xlsx') session.needsFile(format);
  // Each order's entry is packed as it arrives, with what it is sorted by beside it: for
  // the table, in words (put in words, measured and made JSON where the order was read,
  // in a worker thread for many files); for the other formats, as it is.
  const pages = new Packed<TodayOrder>();
  const words = new Packed<ShownOrder>();
  const keys: (UrgencyKey & { at: number })[] = [];
  session.workspace(paths[0]); // first: its `lang:` is the page's language
  const lang = session.formatOptions(format).lang;
  const measure = format === 'table' ? new TableMeasure() : undefined;
  const keep = (d: Digest): Digest => {
    if (d.shown) {
      measure!.merge(d.shown);
      keys.push({ urgency: d.shown.urgency, order: own(d.shown.order), file: own(d.shown.file), at: words.addJson(d.shown.json) });
      return NOTHING;
    }
    if (!d.page) return d;
    const key = urgencyKey(d.page);
    keys.push({ urgency: key.urgency, order: own(key.order), file: own(key.file), at: pages.add(d.page) });
    return NOTHING;
  };
  const cache = opts.cache === false ? undefined : { location: opts.cacheLocation === undefined ? undefined : session.resolve(opts.cacheLocation) };
  const { ws } = digestForReport(session, paths, opts, 'today', { keep, words: measure ? lang : undefined, cache });
  keys.sort(byUrgencyKey);
  const inOrder = <T>(packed: Packed<T>): Iterable<T> & { length: number } => ({
    length: keys.length,
    *[Symbol.iterator]() {
      for (const k of keys) yield packed.get(k.at);
    },
  });
  reportNotes(session);
  const report = { today: session.today, company: ws.config.company };
  if (format === 'xlsx') {
    const { writeXlsx } = await import('../xlsx-out.js');
    await writeXlsx(session, (lang) => todaySheet([...inOrder(pages)], lang));
  } else if (format === 'table') {
    // Written as it is made: the page of 100,000 orders is never held whole.
    for (const piece of tablePieces({ ...report, orders: inOrder(words) }, session.formatOptions(format), measure)) session.io.stdout(piece);
  } else session.io.stdout(todayFormatters[format]!({ ...report, orders: [...inOrder(pages)] }, session.formatOptions(format)));
  return opts.exitCode && keys.length > 0 ? 1 : 0;
}

const NOTHING: Digest = Object.freeze({});
