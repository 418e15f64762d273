// Checking many files without keeping them: each file is loaded, checked by the per-file
// rules and its problems placed while its text is at hand; then only what all-file rules
// need is kept (run-rules.ts, shell). Files go through runParallel, so a large check uses
// every core; the same job runs in this thread and in workers, and results come back in
// file order, so the output is identical either way.
//
// With the check cache (cache/), a file whose entry still holds is not read at all: its
// problems and top-level values come from the entry, and all-file rules run over those
// values as over fresh ones. Only the other files go to the job, which then also sends
// back what a new entry needs (its stat, when it was read, whether today was used).
import { readFileSync, statSync } from 'node:fs';
import { Calendar } from '../calendar/calendar.js';
import { activeRules, byPlace, checkAllFiles, checkFileCapped, scalarsJson, shellKeys, type Hidden } from './run-rules.js';
import { holds, isRacy, lineOf, metaOf, metaOfTail, outcomeOfTail, tailOf, type Meta, type Outcome } from './cache/entry.js';
import type { Entries } from './cache/store.js';
import { FileList, type FileItem } from './file-list.js';
import { failedFile, loadOrderFile, type OrderFile } from '../load/order-file.js';
import { runParallel } from './parallel.js';
import type { Job } from './job.js';
import { readText, type ReadInfo } from '../load/read.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Order } from '../model/order.js';
import type { Problem, Where } from '../model/problem.js';
import type { Position } from '../load/positions.js';
import { rules } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { during, processingFile } from '../util/activity.js';

export interface CheckInit {
  config: Config;
  catalog: Catalog;
  today: string;
  /** Send back, with each outcome, what a cache entry needs (or 0 when the file cannot have one). */
  cache?: boolean;
}

/**
 * What the job sends back: without the cache, the outcome; with it, for a file without
 * problems, its entry's tail alone (one string; the outcome is its last field), else the
 * outcome and the tail ('' when the file cannot have an entry).
 */
type Result = Outcome | { o: Outcome; tail: string };

/** The per-file job (also what each worker runs). */
export function checkJob(init: CheckInit, calendar = new Calendar(init.config.calendar)): Job<Result> {
  // Whether a rule that says it reads today (usesToday) did so for this file.
  let inTodayRule = false;
  let usedToday = false;
  const ctx: RuleContext = {
    config: init.config,
    catalog: init.catalog,
    calendar,
    get today() {
      if (inTodayRule) usedToday = true;
      return init.today;
    },
  };
  const active = activeRules(rules, ctx).map((r): Rule => {
    if (!r.usesToday || !r.check) return r;
    const check = r.check;
    return {
      ...r,
      check(file, c) {
        inTodayRule = true;
        try {
          return check(file, c);
        } finally {
          inTodayRule = false;
        }
      },
    };
  });
  const keys = shellKeys(active);
  const outcome = (file: OrderFile): Outcome => {
    const { problems, hidden } = checkFileCapped(file, active, ctx);
    const order = file.order ? scalarsJson(file.order, keys) : '';
    return problems.length > 0 ? { problems, order, text: file.text, ...(hidden ? { hidden } : {}) } : order;
  };
  const years = new Set(calendar.missingYears);
  return {
    run([path, display, error]: FileItem): Result {
      if (error) {
        const out = outcome(failedFile(path, display, error));
        return init.cache ? { o: out, tail: '' } : out;
      }
      if (!init.cache) return outcome(during(processingFile(display), () => loadOrderFile(path, display)));
      const stamp = Date.now();
      const info: ReadInfo = {};
      usedToday = false;
      calendar.missingYears.clear();
      const out = outcome(during(processingFile(display), () => loadOrderFile(path, display, info)));
      const reached = [...calendar.missingYears];
      for (const y of reached) years.add(y);
      const tail = info.stat && info.bytes ? tailOf(metaOf(info.stat, stamp, info.bytes, usedToday ? init.today : undefined, reached), out) : '';
      return typeof out === 'string' && tail ? tail : { o: out, tail };
    },
    finish: () => [...years, ...calendar.missingYears],
  };
}

/** The cache a check uses: the entries read, and where a new one goes. */
export interface CacheUse {
  entries: Entries;
  /** The run checks every file of the workspace: entries of files it did not see are dropped. */
  complete: boolean;
  /** A writer for the new cache; undefined when none can be written. */
  writer(): { add(line: string): void; commit(): boolean; abort(): void } | undefined;
}

export interface FilesChecked {
  problems: Problem[];
  orders: number;
  /** Text of each file with problems, by displayed path. */
  sources: Map<string, string>;
  /** Files whose cache entry was reused. */
  reused: number;
  /** Problems found beyond those listed, by displayed path (files with more than the cap). */
  hidden: Map<string, Hidden>;
}

export function checkFiles(files: FileList, ctx: RuleContext, threads: (items: number) => number, cache?: CacheUse): FilesChecked {
  const init: CheckInit = { config: ctx.config, catalog: ctx.catalog, today: ctx.today, cache: cache !== undefined };
  // For each file, the number of the entry reused, or -1.
  const kept = new Int32Array(files.length).fill(-1);
  let work = files;
  let refreshed = false;
  let reused = 0;
  if (cache) {
    const todo: number[] = [];
    for (let i = 0; i < files.length; i++) {
      const [path, , error] = files.get(i);
      const k = error ? undefined : cache.entries.find(path);
      const tail = k === undefined ? undefined : cache.entries.tail(k);
      const meta = tail === undefined ? undefined : metaOfTail(tail);
      const verdict = meta && wellFormed(tail!) ? stillHolds(meta, path, ctx.today) : 'no';
      if (verdict === 'no') todo.push(i);
      else {
        kept[i] = k!;
        reused++;
        if (verdict === 'refreshed') {
          cache.entries.replace(k!, tailOf(meta!, outcomeOfTail(tail!)!));
          refreshed = true;
        }
      }
    }
    if (todo.length < files.length) work = new FileList({ length: todo.length, item: (k) => files.get(todo[k]!) });
  }
  const results = runParallel(work, {
    job: 'check',
    init,
    local: checkJob(init, ctx.calendar),
    onFinish: (years) => {
      for (const y of (years as number[] | undefined) ?? []) ctx.calendar.missingYears.add(y);
    },
  }, threads(work.length));
  const changed = cache && (work.length > 0 || refreshed || (cache.complete && cache.entries.size !== reused));
  const writer = changed ? cache.writer() : undefined;
  const seen = cache && !cache.complete ? new Set<string>() : undefined;

  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  const hidden = new Map<string, Hidden>();
  let orders = 0;
  const shells: OrderFile[] = [];
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    const [path, display] = files.get(i);
    let o: Outcome;
    let tail = '';
    const k = kept[i]!;
    if (k >= 0) {
      tail = cache!.entries.tail(k);
      o = outcomeOfTail(tail)!;
      for (const y of metaOfTail(tail)!.years || []) ctx.calendar.missingYears.add(y);
    } else {
      const r = results[next]!;
      results[next++] = '';
      if (!cache) o = r as Outcome;
      else if (typeof r === 'string') {
        tail = r;
        o = r.slice(r.lastIndexOf('\t') + 2);
      } else ({ o, tail } = r as { o: Outcome; tail: string });
    }
    if (writer && tail) writer.add(lineOf(path, tail));
    seen?.add(path);
    const order = typeof o === 'string' ? o : o.order;
    if (order) orders++;
    if (typeof o !== 'string') {
      for (const p of o.problems) problems.push(k >= 0 ? { ...p, file: display } : p);
      if (o.hidden) hidden.set(display, o.hidden);
      const text = k >= 0 ? textOf(path) : o.text;
      if (text !== undefined) sources.set(display, text);
    }
    shells.push(new ListedShell(files, i, order, sources));
  }
  results.length = 0;
  if (writer && seen) for (const [path, k] of cache!.entries.entries()) if (!seen.has(path)) writer.add(lineOf(path, cache!.entries.tail(k)));
  writer?.commit();
  for (const p of checkAllFiles(shells, activeRules(rules, ctx), ctx)) problems.push(p);
  problems.sort(byPlace);
  return { problems, orders, sources, reused, hidden };
}

/** An entry's outcome is whole: top-level values as a JSON object (or none), or problems that parse. */
function wellFormed(tail: string): boolean {
  const at = tail.lastIndexOf('\t') + 1;
  if (tail[at] === 'S') return at + 1 === tail.length || (tail[at + 1] === '{' && tail[tail.length - 1] === '}');
  return outcomeOfTail(tail) !== undefined;
}

/**
 * Whether a file's entry still holds: the same stat, the same day if a rule read today,
 * and, for an entry read too close to a change of the file, the same content — after
 * which the entry is refreshed (a later read makes it safe by stat alone).
 */
function stillHolds(e: Meta, path: string, today: string): 'yes' | 'refreshed' | 'no' {
  if (e.today !== 0 && e.today !== today) return 'no'; // before the stat: an entry of another day costs nothing
  const stamp = Date.now();
  try {
    const st = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!st || !holds(e, st, () => readFileSync(path), today)) return 'no';
    if (e.hash === 0) return 'yes';
    e.stamp = stamp;
    if (!isRacy(st, stamp)) e.hash = 0;
    return 'refreshed';
  } catch {
    return 'no';
  }
}

/** The text the output quotes, for a file whose problems came from the cache. */
function textOf(path: string): string | undefined {
  const read = readText(path);
  return 'text' in read ? read.text : undefined;
}

/** A shell whose path is read from the list when asked for; its file is read again to place a problem. */
const NO_FINDINGS: OrderFile['findings'] = [];

class ListedShell implements OrderFile {
  readonly findings = NO_FINDINGS;
  private again?: OrderFile;

  constructor(
    private readonly files: FileList,
    private readonly i: number,
    private readonly scalars: string,
    private readonly sources: Map<string, string>,
  ) {}

  /** Made afresh on each use: 100,000 small objects kept would cost more than this. */
  get order(): Order | undefined {
    return this.scalars ? (JSON.parse(this.scalars) as Order) : undefined;
  }

  get path(): string {
    return this.files.get(this.i)[0];
  }

  get display(): string {
    return this.files.get(this.i)[1];
  }

  locate(where: Where): Position {
    const [path, display] = this.files.get(this.i);
    this.again ??= loadOrderFile(path, display);
    if (this.again.text !== undefined) this.sources.set(display, this.again.text);
    return this.again.locate(where);
  }
}
