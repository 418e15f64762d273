// An imported order checked before it is written, by the same rules as `gendan check`
// (with the workspace's severities): an error refuses the order, a warning is said. Each
// finding is moved from the file that would be written to the row and column it came from.
import { orderFromText } from '../load/order-file.js';
import type { Finding, Msg } from '../model/problem.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { activeRules } from './run-rules.js';
import type { ImportedOrder, Spot } from '../import/orders.js';

export interface Verdict {
  errors: (Spot & { msg: Msg })[];
  warnings: (Spot & { msg: Msg })[];
}

export function verifyOrder(text: string, path: string, order: ImportedOrder, rules: Rule[], ctx: RuleContext): Verdict {
  const file = orderFromText(path, path, text);
  const verdict: Verdict = { errors: [], warnings: [] };
  for (const rule of activeRules(rules, ctx)) {
    if (!rule.check) continue;
    const level = ctx.config.rules[rule.id] ?? rule.severity;
    for (const f of rule.check(file, ctx)) (level === 'warn' ? verdict.warnings : verdict.errors).push({ ...spotOf(f, order), msg: f.msg });
  }
  return verdict;
}

/** The spot of the longest part of the finding's path that a cell gave. */
function spotOf(f: Finding, order: ImportedOrder): Spot {
  const path = 'path' in f.where ? f.where.path : [];
  for (let n = path.length; n > 0; n--) {
    const spot = order.spots.get(path.slice(0, n).join('.'));
    if (spot) return spot;
  }
  return { row: order.rows[0]! };
}
