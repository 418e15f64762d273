// What has been shipped and delivered. Shipments are taken in the order they left; one
// without `items` carries all that remained at that point.
import type { Catalog } from '../model/catalog.js';
import type { Order, Shipment } from '../model/order.js';
import { minDate, maxDate } from '../calendar/dates.js';
import { unitFactor } from '../model/catalog.js';
import { EPS, inModelUnit, lineUnit, orderedByModel } from './quantity.js';

export function shipmentsInOrder(order: Order): Shipment[] {
  const list = [...(order.shipments ?? [])];
  // Stable: shipments without a date keep their place after the dated ones.
  return list.sort((a, b) => (a.shipped ?? '9999') < (b.shipped ?? '9999') ? -1 : (a.shipped ?? '9999') > (b.shipped ?? '9999') ? 1 : 0);
}

/** Shipped quantity per model, in the model's unit. */
export function shippedByModel(order: Order, catalog: Catalog, ordered = orderedByModel(order, catalog)): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const s of shipmentsInOrder(order)) {
    if (s.items === undefined) {
      for (const [model, q] of ordered) shipped.set(model, Math.max(q, shipped.get(model) ?? 0));
      continue;
    }
    for (const item of s.items) {
      if (item.model === undefined || item.quantity === undefined) continue;
      const q = inModelUnit(catalog, item.model, item.quantity, item.unit ?? lineUnit(order, item.model));
      if (q !== undefined) shipped.set(item.model, (shipped.get(item.model) ?? 0) + q);
    }
  }
  return shipped;
}

/** Models not fully shipped, with what is still to ship (in the model's unit). */
export function unshipped(order: Order, catalog: Catalog): { model: string; remaining: number }[] {
  const ordered = orderedByModel(order, catalog);
  const shipped = shippedByModel(order, catalog, ordered);
  const out: { model: string; remaining: number }[] = [];
  for (const [model, q] of ordered) {
    const left = q - (shipped.get(model) ?? 0);
    if (left > EPS) out.push({ model, remaining: Math.round(left * 1e6) / 1e6 });
  }
  return out;
}

/**
 * What is still to ship, in the unit the order line counts it in when that comes out whole
 * (10 box ordered, 6 box shipped: 4 box), else in the model's unit (40 pcs).
 */
export function toShip(order: Order, catalog: Catalog): { model: string; remaining: number; unit: string }[] {
  return unshipped(order, catalog).map(({ model, remaining }) => {
    const product = catalog.products.get(model);
    const own = lineUnit(order, model);
    if (!product) return { model, remaining, unit: own ?? '' };
    const factor = own === undefined ? undefined : unitFactor(product, own);
    if (own !== undefined && factor !== undefined && factor !== 1) {
      const n = remaining / factor;
      if (Math.abs(n - Math.round(n)) <= EPS * Math.max(1, n)) return { model, remaining: Math.round(n), unit: own };
    }
    return { model, remaining, unit: product.unit };
  });
}

/** The first shipment: the one with the earliest `shipped` date. */
export function firstShipment(order: Order): Shipment | undefined {
  const first = minDate(...(order.shipments ?? []).map((s) => s.shipped));
  return first === undefined ? undefined : order.shipments!.find((s) => s.shipped === first);
}

export function allDelivered(order: Order): boolean {
  const list = order.shipments ?? [];
  return list.length > 0 && list.every((s) => s.delivered !== undefined);
}

/** The last delivery date, when every shipment is delivered. */
export function lastDelivery(order: Order): string | undefined {
  return allDelivered(order) ? maxDate(...order.shipments!.map((s) => s.delivered)) : undefined;
}
