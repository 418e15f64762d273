import { listMsg } from '../../util/vocab.js';
import type { Command } from 'commander';
import { itemLine } from '../../format/checklist.js';
import { planAdvance, type AdvancePlan } from '../../workflow/transition.js';
import { stateName, statusLabel } from '../../workflow/states.js';
import type { Status } from '../../model/order.js';
import { editOrder, findOrder, planContext, sessionNow } from '../order-ref.js';
import type { Session } from '../session.js';
import type { Runner } from '../command.js';
import { nameArg } from '../input.js';

interface AdvanceOptions {
  note?: string;
  force?: boolean;
  reason?: string;
}

export function register(program: Command, run: Runner): void {
  program
    .command('advance')
    .description('move an order to its next state (or the named one) when the checklist of the state it leaves is met')
    .argument('<order>', 'order id or file')
    .argument('[state]', 'state to move to (default: the next one); on_hold pauses, cancelled needs --reason')
    .option('--note <text>', 'note recorded in the history entry')
    .option('--force', 'move even though checklist items are not met (needs --reason; the items are recorded as waived)')
    .option('--reason <text>', 'why: needed with --force and for cancelled')
    .action((order: string, state: string | undefined, opts: AdvanceOptions, cmd: Command) => run(cmd, (s) => runAdvance(s, order, state, opts)));
}

export function runAdvance(session: Session, ref: string, target: string | undefined, opts: AdvanceOptions): number {
  const found = findOrder(session, ref);
  if (target !== undefined) target = nameArg('state', session.lang === 'zh' ? '目标状态' : '[state]', target, session.lang);
  const ctx = planContext(session, found.ws);
  const at = sessionNow(session);
  let id = ref;
  const { result } = editOrder<AdvancePlan>(session, found, (file) => {
    id = file.order!.id ?? ref;
    const plan = planAdvance(file.order!, { target, note: opts.note, force: opts.force, reason: opts.reason, at }, { ...ctx, file });
    return { ops: plan.ok ? plan.ops : [], result: plan };
  });
  const label = (s: Status) => statusLabel(s, (x) => session.t(stateName(x)), session.lang);
  const move = { id, from: result.from, to: result.to, fromName: stateName(result.from), toName: stateName(result.to), fromLabel: label(result.from), toLabel: label(result.to) };
  const out = { lang: session.lang, color: session.color };
  if (!result.ok) {
    const states = new Set(result.unmet.map((r) => r.state));
    const lines = [session.t('cli/error-prefix') + session.t('advance/refused', { ...move, count: result.unmet.length })];
    for (const r of result.unmet) lines.push(itemLine(r, out, states.size > 1 ? `  [${r.state}] ` : '  '));
    lines.push(session.t('advance/refused-hint', { id }));
    session.io.stderr(`${lines.join('\n')}\n`);
    return 1;
  }
  if (result.same) {
    session.io.stdout(`${session.t('advance/already', move)}\n`);
    return 0;
  }
  session.io.stdout(`${session.t('advance/done', move)}\n`);
  if (result.waived.length > 0) session.io.stdout(`${session.t('advance/waived', { items: listMsg(result.waived.map((r) => r.label)) })}\n`);
  return 0;
}
