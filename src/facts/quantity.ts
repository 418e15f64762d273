// Quantities in the model's own unit, through the catalog's alt_units.
import { unitFactor, type Catalog } from '../model/catalog.js';
import type { Order } from '../model/order.js';
import type { Msg } from '../model/problem.js';
import { vocabName } from '../util/vocab.js';

/**
 * `quantity` of `unit` expressed in the model's catalog unit. Without a catalog entry the
 * quantity is taken as it is; with one, an unknown unit gives undefined.
 */
export function inModelUnit(catalog: Catalog, model: string, quantity: number, unit: string | undefined): number | undefined {
  const product = catalog.products.get(model);
  if (!product) return quantity;
  const factor = unitFactor(product, unit);
  return factor === undefined ? undefined : quantity * factor;
}

/** Ordered quantity per model, summed over lines, in the model's unit. */
export function orderedByModel(order: Order, catalog: Catalog): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of order.lines ?? []) {
    if (line.model === undefined || line.quantity === undefined) continue;
    const q = inModelUnit(catalog, line.model, line.quantity, line.unit);
    if (q !== undefined) out.set(line.model, (out.get(line.model) ?? 0) + q);
  }
  return out;
}

/** The unit a shipment item without `unit` is counted in: that of the model's order line. */
export function lineUnit(order: Order, model: string): string | undefined {
  return order.lines?.find((l) => l.model === model)?.unit;
}

/** Compare quantities that went through floating-point conversion. */
export const EPS = 1e-9;

/** How a unit is shown: the catalog's `unit_name` for the model's own unit, else the unit's name in the reader's language. */
export function unitMsg(catalog: Catalog, model: string | undefined, unit: string): Msg {
  const p = model === undefined ? undefined : catalog.products.get(model);
  if (p && unit === p.unit && p.unit_name) return { id: 'vocab/raw', args: { text: p.unit_name } };
  return vocabName('unit', unit);
}

/**
 * A quantity as the order used it, with the model's own unit in brackets when converted:
 * `4 箱（40 件）` / `4 box (40 pcs)`. `quantity` is in `unit`.
 */
export function quantityIn(catalog: Catalog, model: string | undefined, quantity: number, unit: string | undefined): Msg {
  const p = model === undefined ? undefined : catalog.products.get(model);
  const own = unit ?? p?.unit ?? '';
  const n = shown(quantity);
  const factor = p ? unitFactor(p, own) : undefined;
  if (!p || factor === undefined || own === p.unit || factor === 1) return { id: 'vocab/qty', args: { n, unit: own === '' ? '' : unitMsg(catalog, model, own) } };
  return { id: 'vocab/qty-converted', args: { n, unit: unitMsg(catalog, model, own), base: shown(quantity * factor), baseUnit: unitMsg(catalog, model, p.unit) } };
}

/** A quantity in the model's own unit, said in the unit the order's line for it uses. */
export function quantityAsOrdered(order: Order, catalog: Catalog, model: string, inModel: number): Msg {
  const p = catalog.products.get(model);
  const own = lineUnit(order, model) ?? p?.unit;
  const factor = p ? unitFactor(p, own) : 1;
  return quantityIn(catalog, model, factor ? inModel / factor : inModel, factor ? own : p?.unit);
}

const shown = (x: number): string => String(Number(x.toPrecision(12)));
