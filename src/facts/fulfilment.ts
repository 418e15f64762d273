// Which lines are made to order and which are picked from stock (catalog `fulfilment`).
// A line whose model is not in the catalog, or has no `fulfilment`, counts as made to
// order: the stricter checklist (milestones) applies until the catalog says otherwise.
import type { Catalog } from '../model/catalog.js';
import type { Line, Order } from '../model/order.js';

export function lineFulfilment(line: Line, catalog: Catalog): 'make' | 'stock' {
  const p = line.model === undefined ? undefined : catalog.products.get(line.model);
  return p?.fulfilment === 'stock' ? 'stock' : 'make';
}

export function hasMakeLines(order: Order, catalog: Catalog): boolean {
  return (order.lines ?? []).some((l) => lineFulfilment(l, catalog) === 'make');
}

export function hasStockLines(order: Order, catalog: Catalog): boolean {
  return (order.lines ?? []).some((l) => lineFulfilment(l, catalog) === 'stock');
}
