import { mkdirSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { discover, isGlob } from '../../load/discover.js';
import { loadOrderFile, orderFromText } from '../../load/order-file.js';
import { schemaFile } from '../../load/schemas.js';
import type { Config } from '../../model/config.js';
import { unitFactor, type Product } from '../../model/catalog.js';
import { isMultiple } from '../../facts/line-quantities.js';
import { lookupName } from '../../util/vocab.js';
import { userError } from '../../model/errors.js';
import { createFile } from '../../edit/write.js';
import { nextId, orderText } from '../../workflow/template.js';
import type { Session, Workspace } from '../session.js';
import { sessionNow } from '../order-ref.js';
import type { Runner } from '../command.js';
import { parseDetails, type DetailOptions } from '../../workflow/record/details.js';
import { activeRules, checkFile } from '../../app/run-rules.js';
import { problemFormatters } from '../../format/problems.js';
import { rules } from '../../rules/index.js';
import { isDate } from '../../calendar/dates.js';

interface NewOptions extends DetailOptions {
  id?: string;
  customer?: string;
  model?: string;
  quantity?: string;
  unit?: string;
  sales?: string;
  requested?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function register(program: Command, run: Runner): void {
  program
    .command('new')
    .description('create a new order file from the template, with the next free id (SO-<year>-NNNN)')
    .option('--id <id>', 'order id to use instead of the next free one')
    .option('--customer <name>', "customer's name")
    .option('--model <model>', 'model of the first line (default: the first active model of the catalog)')
    .option('--quantity <n>', 'quantity of the first line (default: the model\'s minimum order)')
    .option('--price <amount>', 'unit price of the first line')
    .option('--contact <name>', "customer's contact person")
    .option('--phone <number>', "customer's phone")
    .option('--requested <date>', 'delivery date the customer asks for')
    .option('--method <method>', 'delivery method: express, truck, sea, air or pickup')
    .option('--address <text>', 'delivery address')
    .option('--recipient <name>', 'who receives the goods')
    .option('--delivery-phone <number>', "recipient's phone")
    .option('--deposit <percent>', 'deposit percent due before production')
    .option('--balance <when>', 'balance due: before_shipment, on_delivery or days_after_delivery')
    .option('--balance-days <n>', 'days after delivery, with --balance days_after_delivery')
    .option('--unit <unit>', "unit of the first line (default: the model's unit)")
    .option('--sales <name>', 'the salesperson')
    .action((opts: NewOptions, cmd: Command) => run(cmd, (s) => runNew(s, opts)));
}

/** The folder new orders go to: the first `orders` entry (for a glob, the part before it). */
export function ordersDir(config: Config): string {
  const first = config.orders[0] ?? 'orders';
  const parts = first.split(/[\\/]/);
  const fixed = isGlob(first) ? parts.slice(0, parts.findIndex(isGlob)) : parts;
  return resolve(config.root, ...fixed);
}

/** The editor modeline's path to order.schema.json: the workspace's copy, else gendan's own. */
export function schemaRef(ws: Workspace, dir: string): string {
  const local = join(ws.config.root, 'schemas', 'order.schema.json');
  const target = existsSync(local) ? local : fileURLToPath(schemaFile('order'));
  return relative(dir, target).split(sep).join('/');
}

function takenIds(session: Session, ws: Workspace): Set<string> {
  const exclude = new Set([ws.config.file, ws.catalog.file].filter((f): f is string => f !== undefined));
  const taken = new Set<string>();
  const orders = ws.config.orders.filter((o) => isGlob(o) || existsSync(resolve(ws.config.root, o)));
  for (const f of discover(orders, ws.config.root, { exclude })) {
    if (f.error) continue;
    taken.add(basename(f.path, extname(f.path)));
    const id = loadOrderFile(f.path, session.display(f.path)).order?.id;
    if (id) taken.add(id);
  }
  return taken;
}

export function runNew(session: Session, opts: NewOptions): number {
  const ws = session.workspace();
  const dir = ordersDir(ws.config);
  // Outside any workspace, never quietly create ./orders.
  if (!ws.config.file && !existsSync(dir)) throw userError('workspace/none', { dir: session.display(session.io.cwd) });
  if (opts.requested !== undefined && !(isDate(opts.requested) && opts.requested >= '1900-01-01' && opts.requested <= '2199-12-31')) throw userError('new/bad-requested', { value: opts.requested });
  const taken = takenIds(session, ws);
  if (opts.unit !== undefined && opts.unit.trim() === '') throw userError('new/bad-unit', { value: opts.unit });
  if (opts.id !== undefined && !ID.test(opts.id)) throw userError('new/bad-id', { id: opts.id });
  if (opts.id !== undefined && taken.has(opts.id)) throw userError('new/id-taken', { id: opts.id });
  const id = opts.id ?? nextId(session.today.slice(0, 4), taken);
  const products = [...ws.catalog.products.values()];
  const product = opts.model !== undefined ? ws.catalog.products.get(opts.model) : (products.find((p) => p.status !== 'discontinued') ?? products[0]);
  const unit = lineUnit(product, opts.unit?.trim());
  let quantity = defaultQuantity(product, unit);
  if (opts.quantity !== undefined) {
    quantity = Number(opts.quantity);
    if (!(Number.isFinite(quantity) && quantity > 0 && quantity < 1e12)) throw userError('new/bad-quantity', { value: opts.quantity });
  }
  const details = parseDetails(opts);
  const customer = opts.customer?.trim() || session.t('new/customer-placeholder');
  const path = join(dir, `${id}.yaml`);
  const text = orderText({ id, customer, today: session.today, schemaRef: schemaRef(ws, dir), model: opts.model ?? product?.model ?? 'MODEL-1', quantity, unit: unit ?? product?.unit ?? 'pcs', at: sessionNow(session), sales: opts.sales?.trim() || undefined, details });
  const made = orderFromText(path, session.display(path), text);
  if (made.findings.length > 0) throw userError('edit/bug', { file: session.display(path), detail: 'template does not validate' });
  mkdirSync(dir, { recursive: true });
  createFile(path, Buffer.from(text, 'utf8'), session.display(path));
  session.io.stdout(`${session.t('new/created', { file: session.display(path), id })}\n`);
  // An unknown or discontinued model, a wrong unit or quantity: said at once, not at the next check.
  const ctx = { config: ws.config, catalog: ws.catalog, calendar: ws.calendar, today: session.today };
  const problems = checkFile(made, activeRules(rules, ctx), ctx);
  if (problems.length === 0) return 0;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const report = { summary: { files: 1, orders: 1, errors, warnings: problems.length - errors }, problems, notes: [] };
  session.io.stdout(problemFormatters.text!(report, { lang: session.lang, color: session.color, sources: new Map([[made.display, text]]) }));
  return errors > 0 ? 1 : 0;
}

/**
 * The unit written on the new line: as given, or the catalog unit it names (`箱` or `BOX`
 * for a model counted in `box`). A unit the model does not have stays as typed: the check
 * that follows the new file says so (`unit-mismatch`), as for an unknown model.
 */
function lineUnit(product: Product | undefined, given: string | undefined): string | undefined {
  if (given === undefined || product === undefined || unitFactor(product, given) !== undefined) return given;
  const units = [product.unit, ...Object.keys(product.alt_units ?? {})];
  const id = lookupName('unit', given);
  const same = units.find((u) => u === id || u.normalize('NFKC').toLowerCase() === given.normalize('NFKC').toLowerCase());
  return same ?? given;
}

/**
 * The smallest quantity of `unit` that meets the model's minimum order and multiple (in the
 * model's unit), in whole units: moq 50 pcs ordered by the box of 10 is 5 box, not 50.
 */
function defaultQuantity(product: Product | undefined, unit: string | undefined): number {
  let least = product?.moq ?? product?.multiple ?? 1;
  if (product?.multiple && least % product.multiple !== 0) least = Math.ceil(least / product.multiple) * product.multiple;
  const factor = product === undefined ? undefined : unitFactor(product, unit);
  if (factor === undefined || factor === 1) return least;
  const fits = (n: number) => n * factor >= least - 1e-9 && (!product?.multiple || isMultiple(n * factor, product.multiple));
  let n = Math.max(1, Math.ceil(least / factor - 1e-9));
  for (let i = 0; i < 1000 && !fits(n); i++) n++;
  return fits(n) ? n : Math.max(1, Math.ceil(least / factor - 1e-9));
}
