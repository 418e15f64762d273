import type { Command } from 'commander';
import { planTick, type TickResult } from '../../workflow/records.js';
import { editOrder, findOrder } from '../order-ref.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  program
    .command('tick')
    .description('record a manual checklist item as done today (special_requests_reviewed, logistics_arranged)')
    .argument('<order>', 'order id or file')
    .argument('<item>', 'manual checklist item id')
    .action((order: string, item: string, _opts: unknown, cmd: Command) => run(cmd, (s) => runTick(s, order, item)));
}

export function runTick(session: Session, ref: string, item: string): number {
  const found = findOrder(session, ref);
  let id = ref;
  const { result } = editOrder<TickResult>(session, found, (file) => {
    id = file.order!.id ?? ref;
    return planTick(file.order!, item, session.today);
  });
  session.io.stdout(`${session.t(result.already ? 'tick/already' : 'tick/done', { id, item: result.item, date: result.date, label: { id: `item/${result.item}` } })}\n`);
  return 0;
}
