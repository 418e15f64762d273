import type { Command } from 'commander';
import { checklistJson, checklistText, todoText, type ChecklistEntry } from '../../format/checklist.js';
import { loadOrderFile, type OrderFile } from '../../load/order-file.js';
import { userError } from '../../model/errors.js';
import type { Msg } from '../../model/problem.js';
import { checklistFor, type ChecklistContext } from '../../workflow/checklist.js';
import { effectiveState, isOpen, isStatus } from '../../workflow/states.js';
import { orderFiles } from '../../app/load-orders.js';
import { findOrder, planContext } from '../order-ref.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  program
    .command('checklist')
    .description("what the order's current state still needs (✓/✗); without orders: the to-do list of every open order")
    .argument('[orders...]', 'order ids or files')
    .action((refs: string[], _opts: unknown, cmd: Command) => run(cmd, (s) => runChecklist(s, refs)));
}

/** The checklist of the state the order is in (for on_hold: the state it left). */
export function entryFor(file: OrderFile, ctx: ChecklistContext): ChecklistEntry | undefined {
  const order = file.order;
  if (!order?.id || !isStatus(order.status)) return undefined;
  const state = effectiveState(order);
  const base = { order: order.id, file: file.display, customer: order.customer?.name, status: order.status, state };
  let note: Msg | undefined;
  if (!isOpen(order.status)) note = { id: `checklist/${order.status}` };
  else if (state === undefined) note = { id: 'checklist/no-state', args: { id: order.id } };
  if (note) return { ...base, items: [], note };
  return { ...base, items: checklistFor(order, state!, { ...ctx, file }) };
}

export function skipped(session: Session, file: OrderFile): void {
  const why = file.findings[0]?.msg ?? { id: 'checklist/no-id-status' };
  session.io.stderr(`${session.t('cli/error-prefix')}${session.t('note/skipped-file', { file: file.display, reason: why })}\n`);
}

export function runChecklist(session: Session, refs: string[]): number {
  const format = pickFormat(session, ['text', 'json'], 'text');
  // The workspace's `lang` applies once it is loaded: make text only after that.
  const opts = () => ({ lang: session.lang, color: session.color && format === 'text', width: session.columns });
  const entries: ChecklistEntry[] = [];
  if (refs.length > 0) {
    for (const ref of refs) {
      const found = findOrder(session, ref);
      const file = loadOrderFile(found.path, found.display);
      const entry = entryFor(file, planContext(session, found.ws));
      if (!entry) throw userError('checklist/unreadable', { file: found.display, reason: file.findings[0]?.msg ?? { id: 'checklist/no-id-status' } });
      entries.push(entry);
    }
    session.io.stdout(format === 'json' ? checklistJson(entries, session.today, session.lang) : checklistText(entries, opts()));
    return 0;
  }
  const ws = session.workspace();
  const ctx = planContext(session, ws);
  for (const file of orderFiles(session, ws, [])) {
    const entry = entryFor(file, ctx);
    if (!entry) skipped(session, file);
    else if (isOpen(entry.status) && !entry.note) entries.push({ ...entry, items: entry.items });
  }
  session.io.stdout(format === 'json' ? checklistJson(entries.map((e) => ({ ...e, items: e.items.filter((r) => !r.met) })), session.today, session.lang) : todoText(entries, opts()));
  return 0;
}
