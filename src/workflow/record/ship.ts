// `gendan ship` (a new shipment: what it carried, checked against what remains to ship)
// and `gendan deliver` (a shipment delivered, with the customer's receipt).
import { addDays } from '../../calendar/dates.js';
import type { Op } from '../../edit/ops.js';
import type { Data } from '../../edit/render.js';
import { EPS, inModelUnit, lineUnit, quantityAsOrdered, quantityIn } from '../../facts/quantity.js';
import type { Msg } from '../../model/problem.js';
import { listMsg, namesMsg } from '../../util/vocab.js';
import { unshipped } from '../../facts/shipments.js';
import type { Catalog } from '../../model/catalog.js';
import { userError } from '../../model/errors.js';
import type { Order, Shipment } from '../../model/order.js';
import { hint, list, notBefore, recorded, refuse, type RecordContext, type RecordPlan } from './common.js';

/** One `MODEL=QTY[UNIT]` of `--items`, as written; the unit is checked against the order. */
export interface ItemRequest {
  model: string;
  quantity: number;
  unit?: string;
}

/** `XK-200=7box,XK-300=12` → items; a malformed part is a usage error. */
export function parseItems(option: string, text: string): ItemRequest[] {
  return text.split(',').map((part) => {
    const m = /^\s*([^=]+?)\s*=\s*(\d+(?:\.\d+)?)\s*([^\d\s.,][^\s,]*)?\s*$/.exec(part);
    if (!m || Number(m[2]) <= 0) throw userError('record/bad-items', { option, part: part.trim() });
    return { model: m[1]!, quantity: Number(m[2]), ...(m[3] ? { unit: m[3] } : {}) };
  });
}

/** The units a model may be counted in: the catalog's, else the order line's own. */
function unitsOf(order: Order, catalog: Catalog, model: string): string[] {
  const p = catalog.products.get(model);
  if (p) return [p.unit, ...Object.keys(p.alt_units ?? {})];
  const own = lineUnit(order, model);
  return own === undefined ? [] : [own];
}

/** `XK-200 4 箱（40 件）`. */
const modelQuantity = (model: string, q: Msg): Msg => ({ id: 'vocab/model-qty', args: { model, q } });

/** A quantity in the model's unit, said in the unit the order line uses ("5 box (50 pcs)"). */
function inOrderUnit(order: Order, catalog: Catalog, model: string, q: number): Msg {
  return quantityAsOrdered(order, catalog, model, q);
}

export interface ShipRequest {
  carrier?: string;
  tracking?: string;
  eta?: string;
  vessel?: string;
  items?: ItemRequest[];
  note?: string;
}

export function planShip(order: Order, req: ShipRequest, ctx: RecordContext): RecordPlan {
  const { catalog } = ctx;
  const method = order.delivery?.method;
  const carrier = req.carrier ?? order.delivery?.carrier;
  if (method !== 'pickup') {
    const by = { id: `record/method/${method ?? 'none'}` };
    if (carrier === undefined) throw userError('ship/needs', { option: '--carrier', method: by });
    if (req.tracking === undefined) throw userError('ship/needs', { option: '--tracking', method: by });
  }
  if (req.eta === undefined && method === undefined) throw userError('ship/needs-eta');
  notBefore(ctx.date, order.confirmation?.date ?? order.ordered, order.confirmation?.date ? 'confirmation.date' : 'ordered');
  const eta = req.eta ?? addDays(ctx.date, ctx.config.logistics[method!]);
  if (eta < ctx.date) refuse('ship/eta-early', { eta, date: ctx.date });
  if (req.tracking !== undefined && list(order.shipments).some((s) => s?.tracking === req.tracking)) refuse('ship/tracking-known', { tracking: req.tracking });
  const left = new Map(unshipped(order, catalog).map((u) => [u.model, u.remaining]));
  const models = [...new Set(list(order.lines).map((l) => l?.model).filter((m): m is string => typeof m === 'string'))];
  const remains = (): Msg | string => (left.size === 0 ? '' : listMsg([...left].map(([m, q]) => modelQuantity(m, inOrderUnit(order, catalog, m, q)))));
  if (left.size === 0) refuse('ship/nothing-left');
  let items: Data[] | undefined;
  const said: Msg[] = [];
  if (req.items) {
    const want = new Map<string, number>();
    items = req.items.map((it) => {
      if (!models.includes(it.model)) throw userError('ship/unknown-model', { model: it.model, models: models.join(', '), hint: hint(it.model, models) });
      const units = unitsOf(order, catalog, it.model);
      const unit = it.unit ?? catalog.products.get(it.model)?.unit ?? lineUnit(order, it.model);
      if (unit === undefined || (units.length > 0 && !units.includes(unit))) throw userError('ship/bad-unit', { model: it.model, unit: unit ?? '', units: namesMsg(units, 'unit'), hint: hint(unit ?? '', units) });
      const q = inModelUnit(catalog, it.model, it.quantity, unit)!;
      want.set(it.model, (want.get(it.model) ?? 0) + q);
      said.push(modelQuantity(it.model, quantityIn(catalog, it.model, it.quantity, unit)));
      const written: Record<string, Data> = { model: it.model, quantity: it.quantity };
      if (unit !== lineUnit(order, it.model)) written.unit = unit;
      return written;
    });
    const over = [...want].filter(([m, q]) => q > (left.get(m) ?? 0) + EPS);
    if (over.length > 0) {
      const what = listMsg(over.map(([m, q]) => modelQuantity(m, inOrderUnit(order, catalog, m, q))));
      refuse('ship/too-much', { what, remains: remains() || '—' });
    }
  }
  const shipment: Record<string, Data> = { shipped: ctx.date };
  if (carrier !== undefined) shipment.carrier = carrier;
  if (req.tracking !== undefined) shipment.tracking = req.tracking;
  if (req.vessel !== undefined) shipment.vessel = req.vessel;
  shipment.eta = eta;
  if (items) shipment.items = items;
  if (req.note !== undefined) shipment.note = req.note;
  const ops: Op[] = [{ kind: 'append', path: ['shipments'], item: shipment }];
  return recorded(ops, 'ship/done', { n: list(order.shipments).length + 1, date: ctx.date, eta, what: items ? listMsg(said) : remains() });
}

export interface DeliverRequest {
  tracking?: string;
  receipt?: string;
}

export function planDeliver(order: Order, req: DeliverRequest, ctx: RecordContext): RecordPlan {
  const all = list(order.shipments);
  if (all.length === 0) refuse('deliver/no-shipment', { id: order.id ?? '<order>' });
  let index: number;
  if (req.tracking !== undefined) {
    index = all.findIndex((s) => s?.tracking === req.tracking);
    const known = all.map((s) => s?.tracking).filter((t): t is string => typeof t === 'string');
    if (index === -1) throw userError('deliver/unknown-tracking', { tracking: req.tracking, known: known.join(', ') || '—', hint: hint(req.tracking, known) });
  } else {
    const open = all.map((s, i) => ({ s, i })).filter(({ s }) => s?.delivered === undefined);
    if (open.length > 1) throw userError('deliver/which', { list: open.map(({ s, i }) => describe(s, i)).join('; ') });
    if (open.length === 0 && all.length > 1) refuse('deliver/all-delivered');
    index = open.length === 1 ? open[0]!.i : 0;
  }
  const s = all[index]!;
  notBefore(ctx.date, s.shipped, `shipments[${index}].shipped`);
  const ops: Op[] = [];
  if (s.delivered !== undefined && s.delivered !== ctx.date) refuse('deliver/already', { n: index + 1, date: s.delivered, tracking: s.tracking ?? '—' });
  if (s.delivered === undefined) ops.push({ kind: 'set', path: ['shipments', index, 'delivered'], value: ctx.date });
  if (req.receipt !== undefined && !list(order.documents).some((d) => d?.kind === 'delivery_receipt' && d.ref === req.receipt)) {
    ops.push({ kind: 'append', path: ['documents'], item: { kind: 'delivery_receipt', ref: req.receipt, date: ctx.date } });
  }
  const args = { n: index + 1, date: ctx.date, tracking: s.tracking ?? '—', receipt: req.receipt ? { id: 'deliver/receipt-part', args: { ref: req.receipt } } : '' };
  return recorded(ops, ops.length === 0 ? 'deliver/unchanged' : 'deliver/done', args);
}

function describe(s: Shipment | undefined, i: number): string {
  return `${i + 1}: ${s?.tracking ?? '—'} (${s?.shipped ?? '—'})`;
}
