// `gendan import orders`: the thin edge around src/import/. Reads the file and the
// mapping, turns rows into orders, checks each one, then creates its file through the
// same path as `gendan new` (createFile: atomic, never half-written) or, with --update,
// changes an existing one through the edit path. Exit 0 all imported (or nothing to do),
// 1 some rows refused, 2 the file or mapping cannot be used.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { discover, isGlob } from '../load/discover.js';
import type { OrderFile } from '../load/order-file.js';
import { loadOrderFile } from '../load/order-file.js';
import { UserError, userError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { rules } from '../rules/index.js';
import { createFiles, type NewFile } from '../edit/write.js';
import { importedOrderText } from '../workflow/template.js';
import { findHeader } from '../import/header.js';
import { guessedMapping, MappingError, parseMapping, type Mapping } from '../import/mapping.js';
import { readOrders, type ImportedOrder, type RowProblem } from '../import/orders.js';
import { readGrid } from '../app/import-read.js';
import type { Kind } from '../import/targets.js';
import { planUpdate, type FieldChange } from '../import/update.js';
import { verifyOrder } from '../app/import-verify.js';
import { orderFiles } from '../app/load-orders.js';
import { editOrder, planContext, sessionNow } from './order-ref.js';
import { ordersDir, schemaRef } from './commands/new.js';
import type { Session, Workspace } from './session.js';

export interface ImportOrdersOptions {
  map?: string;
  sheet?: string;
  dryRun?: boolean;
  update?: boolean;
}

const REQUIRED: Record<Kind, string[]> = {
  orders: ['id', 'customer.name', 'lines.model', 'lines.quantity'],
  tracking: ['tracking', 'at'],
};

export function loadMapping(session: Session, file: string | undefined, kind: Kind): Mapping {
  if (file === undefined) return guessedMapping();
  const path = session.resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw userError('import/map-unreadable', { file });
  }
  try {
    return parseMapping(text, kind);
  } catch (e) {
    if (e instanceof MappingError) throw userError('import/map-bad', { file, detail: e.msg });
    throw e;
  }
}

/** The grid's header under the mapping, with the columns `kind` cannot do without. */
export async function readTable(session: Session, file: string, mapping: Mapping, kind: Kind, sheet?: string) {
  const path = session.resolve(file);
  const grid = await readGrid(path, session.display(path), sheet);
  const header = findHeader(grid, mapping, kind);
  const missing = REQUIRED[kind].filter((t) => !header?.columns.some((c) => c.target === t));
  if (kind === 'tracking' && header && !header.columns.some((c) => c.target === 'status' || c.target === 'text')) missing.push('status');
  if (!header || missing.length > 0) {
    throw userError('import/no-columns', { file, keys: missing.join(', '), headers: header ? [...header.columns.map((c) => c.header), ...header.unmapped.map((u) => u.header)].join(', ') : '—' });
  }
  return { grid, header, path };
}

/**
 * The workspace's order files, read by its own loader (many files with every core). An
 * orders folder that does not exist yet holds none: import creates it.
 */
export function workspaceOrders(session: Session, ws: Workspace): OrderFile[] {
  const there = ws.config.orders.filter((o) => isGlob(o) || existsSync(resolve(ws.config.root, o)));
  if (there.length === ws.config.orders.length) return orderFiles(session, ws, []);
  const exclude = new Set([ws.config.file, ws.catalog.file].filter((f): f is string => f !== undefined));
  return discover(there, ws.config.root, { exclude })
    .filter((f) => !f.error)
    .map((f) => loadOrderFile(f.path, session.display(f.path)));
}

/** Every order id in the workspace (and every file name) → its file. */
function existingOrders(session: Session, ws: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of workspaceOrders(session, ws)) {
    const id = f.order?.id;
    if (typeof id === 'string' && !out.has(id)) out.set(id, f.path);
    const stem = basename(f.path, extname(f.path));
    if (!out.has(stem)) out.set(stem, f.path);
  }
  return out;
}

interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  refused: number;
}

export async function runImportOrders(session: Session, file: string, opts: ImportOrdersOptions): Promise<number> {
  const ws = session.workspace();
  const mapping = loadMapping(session, opts.map, 'orders');
  const { grid, header } = await readTable(session, file, mapping, 'orders', opts.sheet);
  const read = readOrders(grid, header, mapping, { catalog: ws.catalog, today: session.today });
  // What is said about each order, in file order; new files are written together at the end.
  const said: string[][] = [[]];
  const say = (msg: Msg | string, args?: Msg['args']) => said[said.length - 1]!.push(session.t(msg, args));
  const problem = (p: RowProblem, severity: 'error' | 'warning' = 'error') =>
    say(p.column ? 'import/problem-column' : 'import/problem', { file, row: p.row, column: p.column ?? '', severity: { id: `import/severity-${severity}` }, msg: p.msg, order: p.order ?? '' });
  if (read.orderedDefaulted && read.orders.length > 0) session.io.stderr(`${session.t('cli/error-prefix')}${session.t('import/ordered-default', { date: session.today })}\n`);
  const tally: Tally = { created: 0, updated: 0, unchanged: 0, skipped: 0, refused: 0 };
  for (const p of read.problems) problem(p);
  tally.refused += new Set(read.problems.map((p) => p.row)).size;
  const existing = existingOrders(session, ws);
  const dir = ordersDir(ws.config);
  const ctx = planContext(session, ws);
  const at = sessionNow(session);
  const source = basename(file);
  const creations: { order: ImportedOrder; file: NewFile; said: string[] }[] = [];
  for (const order of read.orders) {
    said.push([]);
    if (order.problems.length > 0) {
      for (const p of order.problems) problem(p);
      refuse(order);
      continue;
    }
    const there = existing.get(order.id);
    if (there && !opts.update) {
      say('import/skipped', { id: order.id, file: session.display(there) });
      tally.skipped++;
      continue;
    }
    const path = there ?? join(dir, `${order.id}.yaml`);
    const text = importedOrderText({ data: order.data, schemaRef: schemaRef(ws, dir), at, note: `imported from ${source} row ${order.rows[0]}` });
    const verdict = verifyOrder(text, path, order, rules, ctx);
    for (const w of verdict.warnings) problem({ ...w, order: order.id }, 'warning');
    if (verdict.errors.length > 0) {
      for (const e of verdict.errors) problem({ ...e, order: order.id });
      refuse(order);
      continue;
    }
    if (!there) {
      creations.push({ order, file: { path, bytes: Buffer.from(text, 'utf8'), display: session.display(path) }, said: said[said.length - 1]! });
      continue;
    }
    try {
      update(order, there);
    } catch (e) {
      // One file that cannot be changed (locked, unparsable) stops only its order.
      if (!(e instanceof UserError)) throw e;
      say('import/order-failed', { id: order.id, detail: e.msg });
      tally.refused++;
    }
  }
  if (!opts.dryRun && creations.length > 0) mkdirSync(dir, { recursive: true });
  const failed = opts.dryRun ? creations.map(() => undefined) : await createFiles(creations.map((c) => c.file));
  creations.forEach((c, i) => {
    const lines = Array.isArray(c.order.data.lines) ? c.order.data.lines.length : 0;
    const why = failed[i];
    if (why) {
      c.said.push(session.t('import/order-failed', { id: c.order.id, detail: why.msg }));
      tally.refused++;
    } else {
      c.said.push(session.t(opts.dryRun ? 'import/would-create' : 'import/created', { file: c.file.display, id: c.order.id, lines, row: c.order.rows[0]! }));
      tally.created++;
    }
  });
  const total = tally.created + tally.updated + tally.unchanged + tally.skipped + tally.refused;
  said.push([session.t(total === 0 ? 'import/nothing' : opts.dryRun ? 'import/summary-dry' : 'import/summary', { ...tally })]);
  // One write: a line at a time costs a system call each.
  session.io.stdout(said.flat().map((line) => `${line}\n`).join(''));
  return tally.refused > 0 ? 1 : 0;

  function refuse(order: ImportedOrder): void {
    say('import/refused', { id: order.id, rows: order.rows.join(', ') });
    tally.refused++;
  }

  function update(order: ImportedOrder, path: string): void {
    const given = (p: string) => order.spots.get(p)?.column !== undefined;
    const ref = { path, display: session.display(path), ws };
    let changed: FieldChange[] = [];
    if (opts.dryRun) {
      const loaded = loadOrderFile(path, ref.display);
      if (!loaded.order) throw userError('edit/not-order', { file: ref.display }, 1);
      changed = planUpdate(loaded.order, order.data, given, session.today).changed;
    } else {
      changed = editOrder(session, ref, (f) => {
        const plan = planUpdate(f.order!, order.data, given, session.today);
        return { ops: plan.ops, result: plan.changed };
      }).result;
    }
    if (changed.length === 0) {
      say('import/unchanged', { id: order.id, file: ref.display });
      tally.unchanged++;
      return;
    }
    say(opts.dryRun ? 'import/would-update' : 'import/updated', { id: order.id, file: ref.display, count: changed.length });
    for (const c of changed) say(c.from === undefined ? 'import/field-set' : 'import/field-changed', { field: c.field, from: String(c.from ?? ''), to: String(c.to) });
    tally.updated++;
  }
}
