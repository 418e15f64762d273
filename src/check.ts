// Run the rules over loaded order files: pure, no I/O. Severity policy (the config's
// `rules:` overrides) is applied once, after all checks; positions are resolved last.
import type { Problem, Severity, Finding } from './model/problem.js';
import type { RuleLevel } from './model/config.js';
import type { OrderFile } from './load/order-file.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { during, processingFile } from './util/activity.js';

export interface CheckResult {
  problems: Problem[];
  /** Files that parsed into an order mapping. */
  orders: number;
}

function severityOf(rule: Rule, overrides: Record<string, RuleLevel>): Severity | undefined {
  const level = overrides[rule.id] ?? rule.severity;
  if (level === 'off') return undefined;
  return level === 'warn' ? 'warning' : 'error';
}

export function check(files: OrderFile[], rules: Rule[], ctx: RuleContext): CheckResult {
  const found = new Map<OrderFile, Finding[]>(files.map((f) => [f, []]));
  const active = rules.filter((r) => severityOf(r, ctx.config.rules) && !(r.needsCatalog && !ctx.catalog.file));
  for (const rule of active) {
    // Appended one by one: spreading a huge list into push() overflows the stack.
    if (rule.check) for (const f of files) append(found.get(f)!, during(processingFile(f.display), () => rule.check!(f, ctx)));
    if (rule.checkAll) for (const [f, list] of rule.checkAll(files, ctx)) append(found.get(f)!, list);
  }
  const byId = new Map(active.map((r) => [r.id, r]));
  const problems: Problem[] = [];
  for (const [file, findings] of found) {
    for (const f of findings) {
      const rule = byId.get(f.rule);
      const severity = rule && severityOf(rule, ctx.config.rules);
      if (!severity) continue;
      const pos = file.locate(f.where);
      const id = file.order?.id;
      problems.push({ file: file.display, line: pos.line, column: pos.column, severity, rule: f.rule, ...(id ? { order: id } : {}), msg: f.msg });
    }
  }
  problems.sort(byPlace);
  return { problems, orders: files.filter((f) => f.order).length };
}

function append<T>(to: T[], items: T[]): void {
  for (const item of items) to.push(item);
}

function byPlace(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
