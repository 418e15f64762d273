import { parse } from 'yaml';
import type { Catalog, Product } from '../../src/model/catalog.js';
import { CATALOG } from '../rules/tester.js';

/** The rules' test catalog as the loader makes it. */
export function parseCatalogText(text = CATALOG): Catalog {
  const products = (parse(text) as { products: Product[] }).products;
  return { file: 'catalog.yaml', products: new Map(products.map((p) => [p.model, p])) };
}
