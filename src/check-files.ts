// Checking many files without keeping them: each file is loaded, checked by the per-file
// rules and its problems placed while its text is at hand; then only what all-file rules
// need is kept (check.ts, shell). Files go through runParallel, so a large check uses
// every core; the same job runs in this thread and in workers, and results come back in
// file order, so the output is identical either way.
import { Calendar } from './calendar/calendar.js';
import { activeRules, byPlace, checkAllFiles, checkFile, shell } from './check.js';
import { failedFile, loadOrderFile, type OrderFile } from './load/order-file.js';
import { runParallel, type Job } from './load/parallel.js';
import type { Catalog } from './model/catalog.js';
import type { Config } from './model/config.js';
import type { Order } from './model/order.js';
import type { Msg, Problem } from './model/problem.js';
import { rules } from './rules/index.js';
import type { RuleContext } from './rules/rule.js';
import { during, processingFile } from './util/activity.js';

/** A file to check: absolute path, path as shown, or why it cannot be read at all. */
export type Item = [path: string, display: string, error?: Msg];

interface Outcome {
  path: string;
  display: string;
  problems: Problem[];
  /** The order's top-level scalar values, for all-file rules. */
  order?: Order;
  /** Kept only when the file has problems: the text output quotes its lines. */
  text?: string;
}

export interface CheckInit {
  config: Config;
  catalog: Catalog;
  today: string;
}

/** The per-file job (also what each worker runs). */
export function checkJob(init: CheckInit, calendar = new Calendar(init.config.calendar)): Job<Item, Outcome> {
  const ctx: RuleContext = { ...init, calendar };
  const active = activeRules(rules, ctx);
  return {
    run([path, display, error]) {
      const file = error ? failedFile(path, display, error) : during(processingFile(display), () => loadOrderFile(path, display));
      const problems = checkFile(file, active, ctx);
      return { path, display, problems, order: shell(file, file.locate).order, text: problems.length > 0 ? file.text : undefined };
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

export function checkItems(items: Item[], ctx: RuleContext, threads: number): FilesChecked {
  const init: CheckInit = { config: ctx.config, catalog: ctx.catalog, today: ctx.today };
  const outcomes = runParallel(items, {
    module: new URL(import.meta.url),
    factory: 'checkJob',
    init,
    local: checkJob(init, ctx.calendar),
    onFinish: (years) => {
      for (const y of (years as number[] | undefined) ?? []) ctx.calendar.missingYears.add(y);
    },
  }, threads);
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  let orders = 0;
  for (const o of outcomes) {
    for (const p of o.problems) problems.push(p);
    if (o.text !== undefined) sources.set(o.display, o.text);
    if (o.order) orders++;
  }
  const shells = outcomes.map((o): OrderFile => {
    let again: OrderFile | undefined;
    // All-file problems are rare: their file is read again to place them.
    const locate: OrderFile['locate'] = (where) => {
      again ??= loadOrderFile(o.path, o.display);
      if (again.text !== undefined) sources.set(o.display, again.text);
      return again.locate(where);
    };
    return { path: o.path, display: o.display, order: o.order, findings: [], locate };
  });
  for (const p of checkAllFiles(shells, activeRules(rules, ctx), ctx)) problems.push(p);
  problems.sort(byPlace);
  return { problems, orders, sources };
}
