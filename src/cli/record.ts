// The one way a recording command runs: find the order, plan on it under the edit path,
// say what was recorded, then the first unmet item of the order's checklist now.
import type { Command } from 'commander';
import { loadOrderFile } from '../load/order-file.js';
import type { Order } from '../model/order.js';
import { itemLine } from '../format/checklist.js';
import { recordMessages } from '../i18n/record.js';
import { openItems } from '../workflow/checklist.js';
import { isOpen } from '../workflow/states.js';
import { parseDate, type RecordContext, type RecordPlan } from '../workflow/record/common.js';
import { editOrder, findOrder, planContext } from './order-ref.js';
import type { Session } from './session.js';

export interface DatedOptions {
  date?: string;
  note?: string;
}

/** `--date` (and `--note` when a note fits), the options every recording command shares. */
export function dated(cmd: Command, note = true): Command {
  cmd.option('--date <date>', 'the day it happened (YYYY-MM-DD; default today)');
  if (note) cmd.option('--note <text>', 'a note recorded with it');
  return cmd;
}

export function record(session: Session, ref: string, opts: DatedOptions, plan: (order: Order, ctx: RecordContext) => RecordPlan): number {
  const date = opts.date === undefined ? session.today : parseDate('--date', opts.date);
  const found = findOrder(session, ref);
  const ctx = { ...planContext(session, found.ws), date };
  let id = ref;
  const { result } = editOrder(session, found, (file) => {
    id = file.order!.id ?? ref;
    return plan(file.order!, ctx);
  });
  const out = [session.t(result.id, { id, ...result.args })];
  const file = loadOrderFile(found.path, found.display);
  const order = file.order;
  if (order && isOpen(order.status)) {
    const open = openItems(order, { ...planContext(session, found.ws), file });
    if (open.length === 0) out.push(session.t('record/all-met', { id }));
    else {
      out.push(session.t('record/next', { item: itemLine(open[0]!, { lang: session.lang, color: session.color }, '').trim() }));
      // The command that records it, when there is one.
      const hint = `record/hint/${open[0]!.id}`;
      if (Object.hasOwn(recordMessages, hint)) out.push(session.t(hint, { id }));
    }
  }
  session.io.stdout(`${out.join('\n')}\n`);
  return 0;
}
