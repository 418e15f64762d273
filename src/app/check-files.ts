// Checking many files without keeping them: each file is loaded, checked by the per-file
// rules and its problems placed while its text is at hand; then only what all-file rules
// need is kept (run-rules.ts, shell). Files go through runParallel, so a large check uses
// every core; the same job runs in this thread and in workers, and results come back in
// file order, so the output is identical either way.
import { Calendar } from '../calendar/calendar.js';
import { activeRules, byPlace, checkAllFiles, checkFile, shell } from './run-rules.js';
import type { FileItem, FileList } from './file-list.js';
import { failedFile, loadOrderFile, type OrderFile } from '../load/order-file.js';
import { runParallel } from './parallel.js';
import type { Job } from './job.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Order } from '../model/order.js';
import type { Problem, Where } from '../model/problem.js';
import type { Position } from '../load/positions.js';
import { rules } from '../rules/index.js';
import type { RuleContext } from '../rules/rule.js';
import { during, processingFile } from '../util/activity.js';

/**
 * What is kept of a checked file: its order's top-level scalar values as JSON (for
 * all-file rules; '' when the file holds no order) — one short string for most files —
 * and, for a file with problems, the problems and the text the output quotes.
 */
type Outcome = string | { problems: Problem[]; order: string; text?: string };

export interface CheckInit {
  config: Config;
  catalog: Catalog;
  today: string;
}

/** The per-file job (also what each worker runs). */
export function checkJob(init: CheckInit, calendar = new Calendar(init.config.calendar)): Job<Outcome> {
  const ctx: RuleContext = { ...init, calendar };
  const active = activeRules(rules, ctx);
  return {
    run([path, display, error]: FileItem) {
      const file = error ? failedFile(path, display, error) : during(processingFile(display), () => loadOrderFile(path, display));
      const problems = checkFile(file, active, ctx);
      const order = file.order ? JSON.stringify(shell(file, file.locate).order) : '';
      return problems.length > 0 ? { problems, order, text: file.text } : order;
    },
    finish: () => [...calendar.missingYears],
  };
}

export interface FilesChecked {
  problems: Problem[];
  orders: number;
  /** Text of each file with problems, by displayed path. */
  sources: Map<string, string>;
}

export function checkFiles(files: FileList, ctx: RuleContext, threads: number): FilesChecked {
  const init: CheckInit = { config: ctx.config, catalog: ctx.catalog, today: ctx.today };
  const outcomes = runParallel(files, {
    job: 'check',
    init,
    local: checkJob(init, ctx.calendar),
    onFinish: (years) => {
      for (const y of (years as number[] | undefined) ?? []) ctx.calendar.missingYears.add(y);
    },
  }, threads);
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  let orders = 0;
  const shells: OrderFile[] = [];
  outcomes.forEach((o, i) => {
    const order = typeof o === 'string' ? o : o.order;
    if (order) orders++;
    if (typeof o !== 'string') {
      for (const p of o.problems) problems.push(p);
      if (o.text !== undefined) sources.set(files.get(i)[1], o.text);
    }
    shells.push(new ListedShell(files, i, order, sources));
  });
  outcomes.length = 0;
  for (const p of checkAllFiles(shells, activeRules(rules, ctx), ctx)) problems.push(p);
  problems.sort(byPlace);
  return { problems, orders, sources };
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
