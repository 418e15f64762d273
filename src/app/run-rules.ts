// Run the rules over loaded order files: pure, no I/O. Severity policy (the config's
// `rules:` overrides) is applied once per finding; positions are resolved per file.
//
// Two phases, so that a large check can stream (check-files.ts): per-file rules run on
// each file while its text and data are at hand, and their problems get line and column
// at once; then all-file rules (checkAll, e.g. duplicate-id) run over shells that keep
// only the order's top-level scalar values those rules read (`reads`; `id` always).
// Both paths, here and in check-files.ts, use these functions: their results are identical.
import type { Problem, Severity, Finding } from '../model/problem.js';
import type { RuleLevel } from '../model/config.js';
import type { Order } from '../model/order.js';
import type { OrderFile } from '../load/order-file.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { during, processingFile } from '../util/activity.js';
import { isPlain, scalarAt } from '../util/scalar-text.js';
import { MAX_PROBLEMS_PER_FILE } from '../load/limits.js';
import { slipIn } from '../load/full-width.js';

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

/** The rules that run: not turned off, and not needing a catalog that is not there. */
export function activeRules(rules: Rule[], ctx: RuleContext): Rule[] {
  return rules.filter((r) => severityOf(r, ctx.config.rules) && !(r.needsCatalog && !ctx.catalog.file));
}

export { MAX_PROBLEMS_PER_FILE };

/** Problems of one file found beyond the ones listed. */
export interface Hidden {
  errors: number;
  warnings: number;
}

/** Per-file rules over one file; problems carry their position. */
export function checkFile(file: OrderFile, active: Rule[], ctx: RuleContext): Problem[] {
  return checkFileCapped(file, active, ctx, Infinity).problems;
}

/**
 * The same, listing at most `cap` problems (the first found): placing a problem can cost a
 * parse of the whole file, and a file with 100,000 problems says nothing more useful
 * than its first hundred. The others are only counted, by severity.
 */
export function checkFileCapped(file: OrderFile, active: Rule[], ctx: RuleContext, cap = MAX_PROBLEMS_PER_FILE): { problems: Problem[]; hidden?: Hidden } {
  const problems: Problem[] = [];
  const hidden: Hidden = { errors: 0, warnings: 0 };
  // One activity for the file's rules (not one closure per rule and file).
  during(processingFile(file.display), () => {
    for (const rule of active) {
      if (!rule.check) continue;
      // Appended one by one: spreading a huge list into push() overflows the stack.
      for (const f of rule.check(file, ctx)) {
        if (problems.length < cap) pushProblem(problems, file, f, active, ctx);
        else {
          const severity = severityFor(f, active, ctx);
          if (severity === 'error') hidden.errors++;
          else if (severity === 'warning') hidden.warnings++;
        }
      }
    }
  });
  return hidden.errors + hidden.warnings > 0 ? { problems, hidden } : { problems };
}

/** All-file rules over the shells of every file checked. */
export function checkAllFiles(shells: OrderFile[], active: Rule[], ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const rule of active) {
    if (!rule.checkAll) continue;
    for (const [file, findings] of rule.checkAll(shells, ctx)) for (const f of findings) pushProblem(problems, file, f, active, ctx);
  }
  return problems;
}

/** A finding counts under the rule it names, if that rule is active. */
function pushProblem(to: Problem[], file: OrderFile, f: Finding, active: Rule[], ctx: RuleContext): void {
  let pos = file.locate(f.where);
  if (f.rule === 'schema') {
    // A key or item the schema refuses because of a full-width colon, space or comma is
    // that typing slip, said as such (once, however many schema problems it caused).
    const slip = slipOf(file, pos);
    if (slip) {
      if (to.some((p) => p.rule === 'yaml-syntax' && p.line === slip.line && p.column === slip.column)) return;
      f = { rule: 'yaml-syntax', where: slip, msg: { id: slip.id, args: { line: slip.line } } };
      pos = slip;
    }
  }
  const severity = severityFor(f, active, ctx);
  if (!severity) return;
  const id = file.order?.id;
  const msg = f.rule === 'schema' ? asWritten(f.msg, file, pos) : f.msg;
  to.push({ file: file.display, line: pos.line, column: pos.column, severity, rule: f.rule, ...(id ? { order: id } : {}), msg });
}

function slipOf(file: OrderFile, pos: { line: number; column: number }): { line: number; column: number; id: string } | undefined {
  const line = file.text === undefined ? undefined : lineOf(file.text, pos.line);
  const slip = line === undefined ? undefined : slipIn(line, pos.column);
  return slip && { line: pos.line, ...slip };
}

function severityFor(f: Finding, active: Rule[], ctx: RuleContext): Severity | undefined {
  const rule = active.find((r) => r.id === f.rule);
  return rule && severityOf(rule, ctx.config.rules);
}

/**
 * A schema message quotes a plain value as the clerk typed it (`1e309`, `057786559001`,
 * `+8613757706612`), not as the parser read it (`Infinity`, `57786559001`).
 */
function asWritten(msg: Finding['msg'], file: OrderFile, pos: { line: number; column: number }): Finding['msg'] {
  const got = msg.args?.got;
  if (typeof got !== 'string' || /^["{[]/.test(got) || got === 'null') return msg;
  const text = file.text;
  if (text === undefined) return msg;
  const line = lineOf(text, pos.line);
  const written = line === undefined ? '' : scalarAt(line, pos.column);
  if (!isPlain(written) || written.length > 40) return msg;
  return { ...msg, args: { ...msg.args, got: written } };
}

function lineOf(text: string, n: number): string | undefined {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

/**
 * What an all-file rule sees of a file: path, display and the top-level scalar values
 * all-file rules read, copied so that the file's text and data can be freed.
 */
export function shell(file: OrderFile, keys: readonly string[], locate: OrderFile['locate']): OrderFile {
  return { path: file.path, display: file.display, order: scalarsOf(file.order, keys), findings: [], locate };
}

/** Those values as JSON (what the check cache keeps of a file for all-file rules). */
export function scalarsJson(order: Order, keys: readonly string[]): string {
  return JSON.stringify(scalarsOf(order, keys, false));
}

/** The top-level keys shells keep: `id` (a problem names its order) and what all-file rules read. */
export function shellKeys(active: Rule[]): string[] {
  const keys = new Set(['id']);
  for (const r of active) if (r.checkAll) for (const k of r.reads ?? []) keys.add(k);
  return [...keys];
}

function scalarsOf(order: Order | undefined, keys: readonly string[], copy = true): Order | undefined {
  if (!order) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(order, k)) continue;
    const v = (order as Record<string, unknown>)[k];
    // A long substring would keep the whole text alive; a copy does not.
    if (typeof v === 'string') out[k] = copy && v.length >= 13 ? (' ' + v).slice(1) : v;
    else if (v === null || typeof v !== 'object') out[k] = v;
  }
  return out;
}

export function check(files: OrderFile[], rules: Rule[], ctx: RuleContext): CheckResult {
  const active = activeRules(rules, ctx);
  const problems: Problem[] = [];
  for (const f of files) for (const p of checkFile(f, active, ctx)) problems.push(p);
  const keys = shellKeys(active);
  for (const p of checkAllFiles(files.map((f) => shell(f, keys, f.locate)), active, ctx)) problems.push(p);
  problems.sort(byPlace);
  return { problems, orders: files.filter((f) => f.order).length };
}

export function byPlace(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
