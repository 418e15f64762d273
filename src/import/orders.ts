// Rows → orders, pure: rows with the same order number are one order, each row with a
// model one line. Every value remembers the row and column it came from, so that a
// problem found later (by the schema or a rule) names the spot in the clerk's file.
import type { Catalog } from '../model/catalog.js';
import type { Msg } from '../model/problem.js';
import { CellReader, type Value } from './cells.js';
import { cellText, isBlank, type Grid, type GridRow } from './grid.js';
import type { Column, Header } from './header.js';
import type { Mapping } from './mapping.js';
import { ORDER_TARGETS } from './targets.js';

export interface Spot {
  row: number;
  /** The column's header, when the problem is about one cell. */
  column?: string;
}

export interface RowProblem extends Spot {
  order?: string;
  msg: Msg;
}

export type Data = { [key: string]: Value | Data | Data[] };

export interface ImportedOrder {
  id: string;
  /** The rows it came from, in file order. */
  rows: number[];
  data: Data;
  /** Dotted data path (`lines.0.unit`) → where its value came from. */
  spots: Map<string, Spot>;
  problems: RowProblem[];
}

export interface OrdersRead {
  orders: ImportedOrder[];
  /** Problems of rows that belong to no order (no order number). */
  problems: RowProblem[];
  /** Whether `ordered` was filled with the import date (no column for it). */
  orderedDefaulted: boolean;
}

const TYPE = new Map(ORDER_TARGETS.map((t) => [t.path, t.type]));
// Built from a string: the bundle is ASCII.
const TOTAL = new RegExp('^(合计|总计|小计|共计|total|subtotal|sum)[:：]?$', 'i');
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const LINE_KEYS = ['model', 'quantity', 'unit', 'unit_price', 'note'];

export interface OrdersContext {
  catalog: Catalog;
  /** The import date, for `ordered` when the file has no column for it. */
  today: string;
}

export function readOrders(grid: Grid, header: Header, mapping: Mapping, ctx: OrdersContext): OrdersRead {
  const cells = new CellReader(mapping);
  const idCol = header.columns.find((c) => c.target === 'id')!;
  const has = (path: string) => header.columns.some((c) => c.target === path);
  const orders = new Map<string, ImportedOrder>();
  const loose: RowProblem[] = [];
  let current: ImportedOrder | undefined;
  for (const row of grid.rows.slice(header.at + 1)) {
    if (isBlank(row.cells) || row.cells.some((c) => TOTAL.test(cellText(c).replace(/\s/g, '')))) continue;
    const rawId = cellText(row.cells[idCol.index]);
    if (rawId === '') {
      if (!current) {
        loose.push({ row: row.row, column: idCol.header, msg: { id: 'import/no-id' } });
        continue;
      }
    } else {
      current = orders.get(rawId);
      if (!current) {
        current = { id: rawId, rows: [], data: { id: rawId, status: 'received' }, spots: new Map([['id', { row: row.row, column: idCol.header }]]), problems: [] };
        orders.set(rawId, current);
      }
      if (!ID.test(rawId)) current.problems.push({ row: row.row, column: idCol.header, order: rawId, msg: { id: 'import/bad-id', args: { id: rawId } } });
    }
    addRow(current, row, header.columns, cells, ctx);
  }
  for (const order of orders.values()) finish(order, header, has, ctx);
  return { orders: [...orders.values()], problems: loose, orderedDefaulted: !has('ordered') };
}

function addRow(order: ImportedOrder, row: GridRow, columns: Column[], cells: CellReader, ctx: OrdersContext): void {
  order.rows.push(row.row);
  const line: Data = {};
  const lineSpots = new Map<string, Spot>();
  for (const col of columns) {
    if (col.target === 'id') continue;
    const got = cells.read(col.target, TYPE.get(col.target) ?? 'text', row.cells[col.index]);
    if (got === undefined) continue;
    const spot = { row: row.row, column: col.header };
    if ('problem' in got) {
      order.problems.push({ ...spot, order: order.id, msg: got.problem });
      continue;
    }
    const [head, ...rest] = col.target.split('.');
    if (head === 'lines') {
      line[rest[0]!] = got.value;
      lineSpots.set(rest[0]!, spot);
      continue;
    }
    // Order-level values: the first row that has one gives it.
    if (!order.spots.has(col.target)) {
      setPath(order.data, col.target.split('.'), got.value);
      order.spots.set(col.target, spot);
    }
  }
  if (line.model === undefined && line.quantity === undefined) return;
  const lines = (order.data.lines ??= []) as Data[];
  const n = lines.length;
  order.spots.set(`lines.${n}`, { row: row.row });
  const modelCol = columns.find((c) => c.target === 'lines.model');
  if (line.model === undefined) order.problems.push({ row: row.row, column: modelCol?.header, order: order.id, msg: { id: 'import/no-model' } });
  const quantityCol = columns.find((c) => c.target === 'lines.quantity')?.header;
  if (line.quantity === undefined && !order.problems.some((p) => p.row === row.row && p.column === quantityCol)) {
    order.problems.push({ row: row.row, column: quantityCol, order: order.id, msg: { id: 'import/no-quantity' } });
  }
  const unit = unitFor(String(line.model ?? ''), line.unit === undefined ? undefined : String(line.unit), cells, ctx);
  if (unit !== undefined) line.unit = unit;
  else {
    delete line.unit;
    if (line.model !== undefined) order.problems.push({ row: row.row, column: columns.find((c) => c.target === 'lines.unit')?.header, order: order.id, msg: { id: 'import/no-unit', args: { model: String(line.model) } } });
  }
  const ordered: Data = {};
  for (const key of LINE_KEYS) if (line[key] !== undefined) ordered[key] = line[key]!;
  for (const [key, spot] of lineSpots) order.spots.set(`lines.${n}.${key}`, spot);
  if (!lineSpots.has('unit')) order.spots.set(`lines.${n}.unit`, { row: row.row, column: columns.find((c) => c.target === 'lines.unit')?.header });
  lines.push(ordered);
}

/**
 * The unit as the catalog knows it: the mapping's word first; the source's word when the
 * model is counted in it; else the usual meaning (台 → pcs, 套 → set, 箱 → box …); no unit
 * at all → the model's own unit.
 */
function unitFor(model: string, raw: string | undefined, cells: CellReader, ctx: OrdersContext): string | undefined {
  const product = ctx.catalog.products.get(model);
  if (raw === undefined) return product?.unit;
  const own = cells.ownWord('lines.unit', raw);
  if (own !== undefined) return String(own);
  const known = product ? [product.unit, ...Object.keys(product.alt_units ?? {})] : [];
  if (known.includes(raw)) return raw;
  const usual = cells.word('lines.unit', raw);
  if (usual !== undefined && (!product || known.includes(String(usual)))) return String(usual);
  return raw;
}

function finish(order: ImportedOrder, header: Header, has: (path: string) => boolean, ctx: OrdersContext): void {
  const first = order.rows[0]!;
  const col = (path: string) => header.columns.find((c) => c.target === path)?.header;
  const d = order.data;
  const need = (path: string, id: string) => {
    if (has(path) && getPath(d, path.split('.')) === undefined && !order.problems.some((p) => p.column === col(path))) {
      order.problems.push({ row: first, column: col(path), order: order.id, msg: { id } });
    }
  };
  need('customer.name', 'import/no-customer');
  need('ordered', 'import/no-ordered');
  // With a column for the delivery date, an order without one cannot be followed.
  if (getPath(d, ['delivery', 'promised']) === undefined && getPath(d, ['delivery', 'requested']) === undefined) {
    need(has('delivery.requested') ? 'delivery.requested' : 'delivery.promised', 'import/no-delivery-date');
  }
  if (!has('ordered')) {
    d.ordered = ctx.today;
    order.spots.set('ordered', { row: first });
  }
  if (d.currency === undefined) d.currency = 'CNY';
  if (!Array.isArray(d.lines) || d.lines.length === 0) order.problems.push({ row: first, column: col('lines.model'), order: order.id, msg: { id: 'import/no-lines' } });
}

export function setPath(data: Data, path: string[], value: Value): void {
  let node = data;
  for (const seg of path.slice(0, -1)) node = (node[seg] ??= {}) as Data;
  node[path[path.length - 1]!] = value;
}

export function getPath(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
