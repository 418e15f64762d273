import type { Command } from 'commander';
import { showJson, showText } from '../../format/show.js';
import { loadOrderFile } from '../../load/order-file.js';
import { userError } from '../../model/errors.js';
import type { KnownOrder } from '../../model/order.js';
import { summarize } from '../../workflow/summary.js';
import { isStatus } from '../../workflow/states.js';
import { findOrder, planContext } from '../order-ref.js';
import type { Session } from '../session.js';
import { pickFormat, type Runner } from '../command.js';

export function register(program: Command, run: Runner): void {
  program
    .command('show')
    .description("an order's summary: amounts, shipped and paid progress, checklist and timeline")
    .argument('<order>', 'order id or file')
    .action((ref: string, _opts: unknown, cmd: Command) => run(cmd, (s) => runShow(s, ref)));
}

export function runShow(session: Session, ref: string): number {
  const format = pickFormat(session, ['text', 'json'], 'text');
  const found = findOrder(session, ref);
  const file = loadOrderFile(found.path, found.display);
  const order = file.order;
  if (!order?.id || !isStatus(order.status)) throw userError('checklist/unreadable', { file: found.display, reason: file.findings[0]?.msg ?? { id: 'checklist/no-id-status' } });
  const summary = summarize(order as KnownOrder, found.display, { ...planContext(session, found.ws), file });
  session.io.stdout(format === 'json' ? showJson(summary, session.lang) : showText(summary, { lang: session.lang, color: session.color && format === 'text' }));
  return 0;
}
