// `gendan follow-up` (the satisfaction visit after delivery) and `gendan doc` (a document).
import type { Op } from '../../edit/ops.js';
import type { Order } from '../../model/order.js';
import { list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

export const DOC_KINDS = ['contract', 'invoice', 'delivery_receipt', 'packing_list', 'qc_report', 'bill_of_lading', 'customs_declaration', 'certificate_of_origin', 'other'];

export interface FollowUpRequest {
  satisfaction: number;
  quality?: number;
  timeliness?: number;
  service?: number;
  feedback?: string;
}

export function planFollowUp(order: Order, req: FollowUpRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const f = order.follow_up ?? {};
  if (f.done !== undefined && f.done !== ctx.date) refuse('follow-up/already', { date: f.done });
  const ops: Op[] = [];
  const set = (key: string, value: string | number, current: unknown) => {
    if (current !== value) ops.push({ kind: 'set', path: ['follow_up', key], value });
  };
  set('done', ctx.date, f.done);
  set('satisfaction', req.satisfaction, f.satisfaction);
  const scores: Record<string, number> = {};
  for (const k of ['quality', 'timeliness', 'service'] as const) if (req[k] !== undefined) scores[k] = req[k];
  if (Object.keys(scores).length > 0) {
    const have = f.scores;
    if (have === undefined || have === null || typeof have !== 'object') ops.push({ kind: 'set', path: ['follow_up', 'scores'], value: scores });
    else for (const [k, v] of Object.entries(scores)) if (have[k as keyof typeof have] !== v) ops.push({ kind: 'set', path: ['follow_up', 'scores', k], value: v });
  }
  if (req.feedback !== undefined) set('feedback', req.feedback, f.feedback);
  return recorded(ops, ops.length === 0 ? 'follow-up/unchanged' : 'follow-up/done', { date: ctx.date, satisfaction: req.satisfaction });
}

export interface DocRequest {
  kind: string;
  ref: string;
  note?: string;
}

export function planDoc(order: Order, req: DocRequest, ctx: RecordContext): RecordPlan {
  const args = { kind: req.kind, ref: req.ref, date: ctx.date, label: { id: `doc/kind/${req.kind}` } };
  if (list(order.documents).some((d) => d?.kind === req.kind && d.ref === req.ref)) return recorded([], 'doc/unchanged', args);
  notBefore(ctx.date, order.ordered, 'ordered');
  const item = { kind: req.kind, ref: req.ref, date: ctx.date, ...(req.note !== undefined ? { note: req.note } : {}) };
  return recorded([{ kind: 'append', path: ['documents'], item }], 'doc/done', args);
}
