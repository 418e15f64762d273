// The lines of an order seen through a catalog: made once per lines array and catalog, and
// made again for another catalog (the same order checked against a changed catalog).
import { describe, expect, it } from 'vitest';
import { catalogLines } from '../../src/facts/line-quantities.js';
import type { Catalog, Product } from '../../src/model/catalog.js';
import type { Order } from '../../src/model/order.js';

const catalogOf = (...products: Product[]): Catalog => ({ file: 'catalog.yaml', products: new Map(products.map((p) => [p.model, p])) });

describe('catalogLines', () => {
  const order: Order = { id: 'SO-1', lines: [{ model: 'A', quantity: 2, unit: 'box' }, { model: 'B', quantity: 5 }, { model: 'C' }] };

  it('gives the lines whose model is in the catalog, in the model unit', () => {
    const lines = catalogLines(order, catalogOf({ model: 'A', unit: 'pcs', alt_units: { box: 10 } }, { model: 'C', unit: 'pcs' }));
    expect(lines.map((l) => [l.index, l.product.model, l.unit, l.inUnit])).toEqual([[0, 'A', 'box', 20]]);
  });

  it('answers the same catalog from what it made, and another catalog afresh', () => {
    const first = catalogOf({ model: 'A', unit: 'pcs', alt_units: { box: 10 } });
    const again = catalogLines(order, first);
    expect(catalogLines(order, first)).toBe(again);
    const other = catalogLines(order, catalogOf({ model: 'A', unit: 'pcs', alt_units: { box: 12 } }, { model: 'B', unit: 'set' }));
    expect(other.map((l) => [l.product.model, l.inUnit])).toEqual([['A', 24], ['B', 5]]);
  });

  it('gives nothing for an order without lines', () => {
    expect(catalogLines({ id: 'SO-2' }, catalogOf({ model: 'A', unit: 'pcs' }))).toEqual([]);
  });
});
