// `gendan confirm` (the contract terms confirmed with the customer) and `gendan handoff`
// (the order handed to production, or stock reserved). Pure: order + request → ops.
import type { Op } from '../../edit/ops.js';
import type { Order } from '../../model/order.js';
import { fillOnce, list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

export const TERMS = ['delivery', 'payment', 'quality', 'other'];
export const DEFAULT_TERMS = ['delivery', 'payment', 'quality'];

export interface ConfirmRequest {
  channel: string;
  terms: string[];
  promised?: string;
  note?: string;
}

export function planConfirm(order: Order, req: ConfirmRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const c = order.confirmation ?? {};
  const ops: Op[] = [];
  if (c.date !== undefined && c.date !== ctx.date) refuse('confirm/already', { date: c.date, channel: c.channel ?? '—' });
  ops.push(...fillOnce(c.date, ['confirmation', 'date'], ctx.date));
  ops.push(...fillOnce(c.channel, ['confirmation', 'channel'], req.channel));
  if (!Array.isArray(c.terms)) ops.push({ kind: 'set', path: ['confirmation', 'terms'], value: req.terms });
  else for (const term of req.terms) if (!c.terms.includes(term)) ops.push({ kind: 'append', path: ['confirmation', 'terms'], item: term });
  if (req.note !== undefined && c.note !== req.note) ops.push({ kind: 'set', path: ['confirmation', 'note'], value: req.note });
  if (req.promised !== undefined) {
    const current = order.delivery?.promised;
    if (current !== undefined && current !== req.promised) refuse('confirm/promised-differs', { current, wanted: req.promised, id: order.id ?? '<order>' });
    notBefore(req.promised, order.ordered, 'ordered');
    if (current === undefined) ops.push({ kind: 'set', path: ['delivery', 'promised'], value: req.promised });
  }
  const terms = Array.isArray(c.terms) ? [...c.terms, ...req.terms.filter((t) => !c.terms!.includes(t))] : req.terms;
  const promised = req.promised ?? order.delivery?.promised;
  const args = { date: ctx.date, channel: { id: `record/channel/${c.channel ?? req.channel}` }, terms: terms.join(', '), promised: promised ? { id: 'confirm/promised-part', args: { date: promised } } : '' };
  return recorded(ops, ops.length === 0 ? 'confirm/unchanged' : 'confirm/done', args);
}

export function planHandoff(order: Order, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.confirmation?.date ?? order.ordered, order.confirmation?.date ? 'confirmation.date' : 'ordered');
  const ops = fillOnce(order.production?.handoff, ['production', 'handoff'], ctx.date);
  return recorded(ops, ops.length === 0 ? 'handoff/unchanged' : 'handoff/done', { date: ctx.date, milestones: list(order.production?.milestones).length });
}
