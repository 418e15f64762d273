// Quantities in the model's own unit, through the catalog's alt_units.
import { unitFactor, type Catalog } from '../model/catalog.js';
import type { Order } from '../model/order.js';

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
