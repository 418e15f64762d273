// A rule is one module: its id, default severity, description and messages (zh and en),
// and a check over one order file — or over all of them, for rules like duplicate-id.
import type { Calendar } from '../calendar/calendar.js';
import type { Catalog } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Finding } from '../model/problem.js';
import type { Messages, Text } from '../model/text.js';
import type { OrderFile } from '../load/order-file.js';

export interface RuleContext {
  config: Config;
  catalog: Catalog;
  calendar: Calendar;
  /** Today, 'YYYY-MM-DD', fixed once per run. */
  today: string;
}

export interface Rule {
  id: string;
  severity: 'error' | 'warn';
  description: Text;
  /** Message texts; a finding's msg.id is `${id}/${key}`. */
  messages: Messages;
  /** Skipped (with one note per run) when no catalog is configured. */
  needsCatalog?: boolean;
  /** Reads `ctx.today` in `check`: the check cache then keeps its result for that day only. */
  usesToday?: boolean;
  check?(file: OrderFile, ctx: RuleContext): Finding[];
  /**
   * For a rule over all files: the top-level keys of each order it reads. What it is given
   * of each file keeps only these (and `id`), and so does the check cache.
   */
  reads?: readonly string[];
  checkAll?(files: OrderFile[], ctx: RuleContext): Map<OrderFile, Finding[]>;
}

/** Findings the loader made for this rule (file, yaml-syntax, schema). */
export function loadFindings(id: string) {
  return (file: OrderFile): Finding[] => file.findings.filter((f) => f.rule === id);
}

export function finding(rule: string, key: string, path: (string | number)[], args?: Finding['msg']['args'], at: 'value' | 'key' = 'value'): Finding {
  return { rule, where: { path, at }, msg: { id: `${rule}/${key}`, args } };
}
