// Order lines seen through the catalog: which product each line is, and its quantity in
// the product's own unit. Shared by the quantity rules (fractional, moq, multiple).
import { unitFactor, type Catalog, type Product } from '../model/catalog.js';
import type { Order } from '../model/order.js';
import { EPS, quantityIn, unitMsg } from './quantity.js';
import type { Msg } from '../model/problem.js';

export interface CatalogLine {
  /** Index in `lines`, for positions. */
  index: number;
  product: Product;
  quantity: number;
  /** The line's unit as written (the model's unit when absent). */
  unit: string;
  /** The quantity in the product's unit; undefined when the line's unit is not one of its units. */
  inUnit: number | undefined;
}

/** What catalogLines made of an order's lines, for the catalog it was made with. */
const seen = new WeakMap<object, { catalog: Catalog; lines: readonly CatalogLine[] }>();

/**
 * Lines whose model is in the catalog and whose quantity is present. Three rules ask this
 * of every order a check reads: it is made once per lines array and catalog.
 */
export function catalogLines(order: Order, catalog: Catalog): readonly CatalogLine[] {
  const lines = Array.isArray(order.lines) ? order.lines : undefined;
  if (!lines) return [];
  const known = seen.get(lines);
  if (known?.catalog === catalog) return known.lines;
  const out = linesIn(lines, catalog);
  seen.set(lines, { catalog, lines: out });
  return out;
}

function linesIn(lines: NonNullable<Order['lines']>, catalog: Catalog): CatalogLine[] {
  const out: CatalogLine[] = [];
  lines.forEach((line, index) => {
    if (!line || typeof line !== 'object' || typeof line.model !== 'string') return;
    const product = catalog.products.get(line.model);
    if (!product || typeof line.quantity !== 'number' || !Number.isFinite(line.quantity)) return;
    const unit = typeof line.unit === 'string' ? line.unit : product.unit;
    const factor = unitFactor(product, unit);
    out.push({ index, product, quantity: line.quantity, unit, inUnit: factor === undefined ? undefined : line.quantity * factor });
  });
  return out;
}

/** A quantity for messages: float noise from unit conversion rounded away (0.30000000000000004 → 0.3). */
export function amount(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** Whether `x` is a whole multiple of `step`, allowing for floating-point conversion. */
export function isMultiple(x: number, step: number): boolean {
  const r = x / step;
  return Math.abs(r - Math.round(r)) <= EPS * Math.max(1, Math.abs(r));
}

/** The multiples of `step` just below and just above `x` (below is left out when it is not > 0). */
export function multiplesAround(x: number, step: number): { below?: number; above: number } {
  const n = Math.floor(x / step + EPS);
  const below = n * step;
  const above = (n + 1) * step;
  return below > EPS ? { below: Number(below.toPrecision(12)), above: Number(above.toPrecision(12)) } : { above: Number(above.toPrecision(12)) };
}

/** "40 pcs", or "4 box = 40 pcs" when the line is in another unit. */
export function shownQuantity(l: CatalogLine): Msg {
  return quantityIn({ products: new Map([[l.product.model, l.product]]) }, l.product.model, l.quantity, l.unit);
}

/** The model's own unit, as shown: its catalog `unit_name`, else the unit's name in the reader's language. */
export function modelUnit(l: CatalogLine): Msg {
  return unitMsg({ products: new Map([[l.product.model, l.product]]) }, l.product.model, l.product.unit);
}

/** The step valid quantities move in: `multiple`, made whole for whole-number models. */
function validStep(multiple: number | undefined, whole: boolean): number | undefined {
  const m = typeof multiple === 'number' && multiple > 0 ? multiple : undefined;
  if (!whole) return m;
  if (m === undefined) return 1;
  for (let k = 1; k <= 1000; k++) if (isMultiple(m * k, 1)) return Number((m * k).toPrecision(12));
  return Math.ceil(m);
}

/**
 * The valid quantities nearest to `x` (in the model's unit) that satisfy the minimum order,
 * the order multiple and whole numbers together: the one just below (left out when there is
 * none) and the one just above.
 */
export function validAround(x: number, rules: { moq?: number; multiple?: number; whole: boolean }): { below?: number; above: number } {
  const step = validStep(rules.multiple, rules.whole);
  const moq = typeof rules.moq === 'number' && rules.moq > 0 ? rules.moq : 0;
  const round = (v: number) => Number(v.toPrecision(12));
  if (step === undefined) return x < moq ? { above: moq } : { above: x };
  const least = round(Math.max(step, Math.ceil(moq / step - EPS) * step));
  const n = Math.floor(x / step + EPS);
  const down = round(n * step);
  const up = round((n + 1) * step);
  const below = down >= least - EPS && down < x - EPS ? down : undefined;
  const above = Math.max(up, least);
  return below === undefined ? { above } : { below, above };
}
