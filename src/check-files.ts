// Checking many files without keeping them: each file is loaded, checked by the per-file
// rules and its problems placed while its text is at hand; then only what all-file rules
// need is kept (check.ts, shell). Files go through runParallel, so a large check uses
// every core; the same job runs in this thread and in workers, and results come back in
// file order, so the output is identical either way.
//
// With the check cache (cache/), a file whose entry still holds is not read at all: its
// problems and top-level values come from the entry, and all-file rules run over those
// values as over fresh ones. Only the other files go to the job, which then also sends
// back what a new entry needs (its stat, when it was read, whether today was used).
import { readFileSync, statSync } from 'node:fs';
import { Calendar } from './calendar/calendar.js';
import { activeRules, byPlace, checkAllFiles, checkFile, shell } from './check.js';
import { contentHash, encodeEntry, isRacy, metaOf, statKey, type Entry, type Meta, type Outcome } from './cache/entry.js';
import { FileList, type FileItem } from './load/file-list.js';
import { failedFile, loadOrderFile, type OrderFile } from './load/order-file.js';
import { runParallel, type Job } from './load/parallel.js';
import { readText, type ReadInfo } from './load/read.js';
import type { Catalog } from './model/catalog.js';
import type { Config } from './model/config.js';
import type { Order } from './model/order.js';
import type { Problem, Where } from './model/problem.js';
import type { Position } from './load/positions.js';
import { rules } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { during, processingFile } from './util/activity.js';

export interface CheckInit {
  config: Config;
  catalog: Catalog;
  today: string;
  /** Send back, with each outcome, what a cache entry needs (or 0 when the file cannot have one). */
  cache?: boolean;
}

type Result = Outcome | [Outcome, Meta | 0];

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
  const outcome = (file: OrderFile): Outcome => {
    const problems = checkFile(file, active, ctx);
    const order = file.order ? JSON.stringify(shell(file, file.locate).order) : '';
    return problems.length > 0 ? { problems, order, text: file.text } : order;
  };
  const years = new Set(calendar.missingYears);
  return {
    run([path, display, error]: FileItem): Result {
      if (error) {
        const out = outcome(failedFile(path, display, error));
        return init.cache ? [out, 0] : out;
      }
      if (!init.cache) return outcome(during(processingFile(display), () => loadOrderFile(path, display)));
      const stamp = Date.now();
      const info: ReadInfo = {};
      usedToday = false;
      calendar.missingYears.clear();
      const out = outcome(during(processingFile(display), () => loadOrderFile(path, display, info)));
      const reached = [...calendar.missingYears];
      for (const y of reached) years.add(y);
      return [out, info.stat && info.bytes ? metaOf(info.stat, stamp, info.bytes, usedToday ? init.today : undefined, reached) : 0];
    },
    finish: () => [...years, ...calendar.missingYears],
  };
}

/** The cache a check uses: the entries read, and where a new one goes. */
export interface CacheUse {
  entries: Map<string, Entry>;
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
}

export function checkFiles(files: FileList, ctx: RuleContext, threads: (items: number) => number, cache?: CacheUse): FilesChecked {
  const init: CheckInit = { config: ctx.config, catalog: ctx.catalog, today: ctx.today, cache: cache !== undefined };
  const kept: (Entry | undefined)[] = [];
  let work = files;
  let refreshed = false;
  let reused = 0;
  if (cache) {
    const todo: number[] = [];
    for (let i = 0; i < files.length; i++) {
      const [path, , error] = files.get(i);
      const e = error ? undefined : cache.entries.get(path);
      const verdict = e ? stillHolds(e, path, ctx.today) : 'no';
      if (verdict === 'no') todo.push(i);
      else {
        kept[i] = e;
        reused++;
        if (verdict === 'refreshed') refreshed = true;
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
  let orders = 0;
  const shells: OrderFile[] = [];
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    const e = kept[i];
    let o: Outcome;
    let meta: Meta | 0 = 0;
    if (e) {
      o = e.outcome;
      meta = e;
      for (const y of e.years || []) ctx.calendar.missingYears.add(y);
    } else {
      const r = results[next]!;
      results[next++] = '';
      if (cache) [o, meta] = r as [Outcome, Meta | 0];
      else o = r as Outcome;
    }
    const [path, display] = files.get(i);
    if (writer && meta) writer.add(encodeEntry({ ...meta, path, outcome: o }));
    seen?.add(path);
    const order = typeof o === 'string' ? o : o.order;
    if (order) orders++;
    if (typeof o !== 'string') {
      for (const p of o.problems) problems.push(e ? { ...p, file: display } : p);
      const text = e ? textOf(path) : o.text;
      if (text !== undefined) sources.set(display, text);
    }
    shells.push(new ListedShell(files, i, order, sources));
  }
  results.length = 0;
  if (writer && seen) for (const e of cache!.entries.values()) if (!seen.has(e.path)) writer.add(encodeEntry(e));
  writer?.commit();
  for (const p of checkAllFiles(shells, activeRules(rules, ctx), ctx)) problems.push(p);
  problems.sort(byPlace);
  return { problems, orders, sources, reused };
}

/**
 * Whether a file's entry still holds: the same stat, the same day if a rule read today,
 * and, for an entry read too close to a change of the file, the same content — after
 * which the entry is refreshed (a later read makes it safe by stat alone).
 */
function stillHolds(e: Entry, path: string, today: string): 'yes' | 'refreshed' | 'no' {
  if (e.today !== 0 && e.today !== today) return 'no';
  const stamp = Date.now();
  let st;
  try {
    st = statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return 'no';
  }
  if (!st || statKey(st) !== e.stat) return 'no';
  if (e.hash === 0) return 'yes';
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return 'no';
  }
  if (contentHash(bytes) !== e.hash) return 'no';
  e.stamp = stamp;
  if (!isRacy(st, stamp)) e.hash = 0;
  return 'refreshed';
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
