// `gendan plan` (a milestone and its due date; a moved due date is an order change),
// `gendan done` (a milestone done) and `gendan stock` (stock checked, quality ok or not).
import { lookupName, namesMsg, vocabName } from '../../util/vocab.js';
import { userError } from '../../model/errors.js';
import type { Op } from '../../edit/ops.js';
import type { Milestone, Order } from '../../model/order.js';
import { fillOnce, hint, list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

/** SPEC §7: any non-empty text without leading or trailing spaces, at most 40 characters. */
export function milestoneName(name: string): string {
  if (name.trim() === '' || name !== name.trim() || [...name].length > 40) throw userError('plan/bad-name', { name });
  return name;
}

function milestones(order: Order): Milestone[] {
  return list(order.production?.milestones);
}

export interface PlanRequest {
  name: string;
  due: string;
  note?: string;
}

export function planMilestone(order: Order, req: PlanRequest, ctx: RecordContext): RecordPlan {
  notBefore(req.due, order.ordered, 'ordered');
  const all = milestones(order);
  const index = all.findIndex((m) => m?.name === req.name);
  const args = { name: vocabName('milestone', req.name), due: req.due };
  if (index === -1) {
    const item = { name: req.name, due: req.due, ...(req.note !== undefined ? { note: req.note } : {}) };
    return recorded([{ kind: 'append', path: ['production', 'milestones'], item }], 'plan/added', args);
  }
  const m = all[index]!;
  if (m.due === req.due) return recorded([], 'plan/unchanged', args);
  if (m.done !== undefined) refuse('plan/done-already', { name: req.name, done: m.done });
  const path = ['production', 'milestones', index, 'due'];
  const ops: Op[] = [{ kind: 'set', path, value: req.due }];
  if (m.due === undefined) return recorded(ops, 'plan/added', args);
  notBefore(ctx.date, order.ordered, 'ordered');
  const change = { date: ctx.date, field: path.join('.'), from: m.due, to: req.due, ...(req.note !== undefined ? { reason: req.note } : {}) };
  ops.push({ kind: 'append', path: ['changes'], item: change });
  return recorded(ops, 'plan/moved', { ...args, from: m.due });
}

export function planDone(order: Order, name: string, ctx: RecordContext): RecordPlan {
  const all = milestones(order);
  // A standard milestone may be typed by its Chinese name (质检通过 for qc_passed).
  const byName = lookupName('milestone', name);
  const index = all.findIndex((m) => m?.name === name || (byName !== undefined && m?.name === byName));
  if (index === -1) {
    const names = all.map((m) => m?.name).filter((n): n is string => typeof n === 'string');
    if (names.length === 0) throw userError('done/no-milestones', { name, id: order.id ?? '<order>' });
    throw userError('done/unknown', { name, names: namesMsg(names, 'milestone'), hint: hint(name, names), id: order.id ?? '<order>' });
  }
  notBefore(ctx.date, order.ordered, 'ordered');
  const ops = fillOnce(all[index]!.done, ['production', 'milestones', index, 'done'], ctx.date);
  const left = all.filter((m, i) => i !== index && m?.done === undefined).length;
  return recorded(ops, ops.length === 0 ? 'done/unchanged' : 'done/done', { name: vocabName('milestone', all[index]!.name ?? name), date: ctx.date, left });
}

export interface StockRequest {
  ok: boolean;
  note?: string;
}

export function planStock(order: Order, req: StockRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const s = order.stock ?? {};
  const args = { date: ctx.date };
  if (s.checked === ctx.date && s.quality_ok === req.ok) return recorded([], 'stock/unchanged', args);
  const ops: Op[] = [];
  if (s.checked !== ctx.date) ops.push({ kind: 'set', path: ['stock', 'checked'], value: ctx.date });
  if (s.quality_ok !== req.ok) ops.push({ kind: 'set', path: ['stock', 'quality_ok'], value: req.ok });
  if (req.ok) {
    if (req.note !== undefined && s.note !== req.note) ops.push({ kind: 'set', path: ['stock', 'note'], value: req.note });
    return recorded(ops, 'stock/ok', args);
  }
  const issue = { opened: ctx.date, kind: 'quality_defect', ...(req.note !== undefined ? { cause: req.note } : {}) };
  ops.push({ kind: 'append', path: ['issues'], item: issue });
  return recorded(ops, 'stock/problem', { ...args, n: list(order.issues).length + 1 });
}
