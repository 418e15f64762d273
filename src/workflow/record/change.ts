// `gendan change`: an order change (变更单) agreed with the customer. The new value is
// written where it belongs and the change is appended to `changes`, so the first promise
// can still be told (src/facts/changes.ts).
import type { Op } from '../../edit/ops.js';
import { EPS, inModelUnit } from '../../facts/quantity.js';
import { shippedByModel } from '../../facts/shipments.js';
import { amount } from '../../facts/line-quantities.js';
import { userError } from '../../model/errors.js';
import type { Order } from '../../model/order.js';
import { hint, list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';
import type { ItemRequest } from './ship.js';
import type { Msg } from '../../model/problem.js';
import { listMsg } from '../../util/vocab.js';

/** A changed field as the reader names it: 承诺交期, `XK-200 数量`; the key itself when it has no name. */
export function fieldName(field: string, models: (string | undefined)[]): Msg {
  if (field === 'delivery.promised' || field === 'delivery.requested') return { id: `change/field/${field}` };
  const line = /^lines\.(\d+)\.quantity$/.exec(field);
  const model = line ? models[Number(line[1])] : undefined;
  if (line && model !== undefined) return { id: 'change/field/quantity', args: { index: line[1]!, model } };
  return { id: 'vocab/raw', args: { text: field } };
}

export interface ChangeRequest {
  promised?: string;
  requested?: string;
  quantity?: ItemRequest;
  reason: string;
  channel?: string;
}

export function planChange(order: Order, req: ChangeRequest, ctx: RecordContext): RecordPlan {
  notBefore(ctx.date, order.ordered, 'ordered');
  const ops: Op[] = [];
  const what: Msg[] = [];
  const entry = (field: string, from: string | number | undefined, to: string | number) => {
    const item = { date: ctx.date, field, ...(from !== undefined ? { from } : {}), to, reason: req.reason, ...(req.channel !== undefined ? { channel: req.channel } : {}) };
    ops.push({ kind: 'append', path: ['changes'], item });
    what.push({ id: 'change/what', args: { field: fieldName(field, list(order.lines).map((l) => l?.model)), from: from ?? '—', to } });
  };
  for (const key of ['promised', 'requested'] as const) {
    const to = req[key];
    if (to === undefined) continue;
    notBefore(to, order.ordered, 'ordered');
    const from = order.delivery?.[key];
    if (from === to) continue;
    ops.push({ kind: 'set', path: ['delivery', key], value: to });
    entry(`delivery.${key}`, from, to);
  }
  if (req.quantity) {
    const { model, quantity, unit } = req.quantity;
    const lines = list(order.lines);
    const indexes = lines.map((l, i) => (l?.model === model ? i : -1)).filter((i) => i !== -1);
    const models = [...new Set(lines.map((l) => l?.model).filter((m): m is string => typeof m === 'string'))];
    if (indexes.length === 0) throw userError('change/unknown-model', { model, models: models.join(', '), hint: hint(model, models) });
    if (indexes.length > 1) throw userError('change/several-lines', { model });
    const index = indexes[0]!;
    const line = lines[index]!;
    if (unit !== undefined && unit !== line.unit) throw userError('change/unit', { model, unit, own: line.unit ?? '' });
    const shipped = shippedByModel(order, ctx.catalog).get(model) ?? 0;
    const wanted = inModelUnit(ctx.catalog, model, quantity, line.unit) ?? quantity;
    if (wanted + EPS < shipped) refuse('change/below-shipped', { model, quantity: `${amount(quantity)} ${line.unit ?? ''}`.trim(), shipped: `${amount(shipped)} ${ctx.catalog.products.get(model)?.unit ?? line.unit ?? ''}`.trim() });
    if (line.quantity !== quantity) {
      ops.push({ kind: 'set', path: ['lines', index, 'quantity'], value: quantity });
      entry(`lines.${index}.quantity`, line.quantity, quantity);
    }
  }
  if (ops.length === 0) return recorded([], 'change/unchanged');
  return recorded(ops, 'change/done', { what: listMsg(what), reason: req.reason });
}
