// `<order>` on the command line: a file path, or an order id found in the workspace's
// orders (by file name first, then by the `id` inside each file).
import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import { bringBack } from '../load/aside.js';
import { discover, isGlob, type Found } from '../load/discover.js';
import { loadOrderFile } from '../load/order-file.js';
import { userError } from '../model/errors.js';
import { nearest } from '../util/nearest.js';
import { editOrderFile, type Edited, type Plan } from '../edit/file.js';
import type { OrderFile } from '../load/order-file.js';
import type { Session, Workspace } from './session.js';
import { nowStamp } from '../workflow/clock.js';
import { checkErrors } from '../app/check-passes.js';
import type { ChecklistContext } from '../workflow/item.js';

export interface OrderRef {
  path: string;
  display: string;
  ws: Workspace;
}

const stem = (p: string) => basename(p, extname(p));

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function findOrder(session: Session, ref: string): OrderRef {
  const asPath = session.resolve(ref);
  const pathLike = /[\\/]|\.ya?ml$/i.test(ref);
  let file = isFile(asPath);
  if (!file && pathLike) {
    // An order a killed gendan left aside is put back before it is looked for.
    bringBack(asPath);
    file = isFile(asPath);
  }
  if (file || (pathLike && existsSync(asPath))) {
    return { path: asPath, display: session.display(asPath), ws: session.workspace(asPath) };
  }
  if (pathLike) throw userError('path/missing', { path: ref });
  const ws = session.workspace();
  const exclude = new Set([ws.config.file, ws.catalog.file].filter((f): f is string => f !== undefined));
  // Folders that do not exist hold no orders: the answer is "not found", not a path error.
  const folders = ws.config.orders.filter((o) => isGlob(o) || existsSync(resolve(ws.config.root, o)));
  // By file name first, listing only files of that name; by the id inside each file only
  // when no file has that name.
  const names = new Set([`${ref}.yaml`, `${ref}.yml`].map((n) => n.toLowerCase()));
  const listed = (only?: Set<string>) => discover(folders, ws.config.root, { exclude, names: only }, session.display).filter((f) => !f.error);
  let hits = listed(names)
    .filter((f) => names.has(f.path.slice(f.path.lastIndexOf(sep) + 1).toLowerCase()) && stem(f.path) === ref)
    .map((f) => f.path);
  let found: Found[] | undefined;
  if (hits.length === 0) {
    found = listed();
    hits = found.map((f) => loadOrderFile(f.path, session.display(f.path))).filter((f) => f.order?.id === ref).map((f) => f.path);
  }
  if (hits.length > 1) throw userError('order/ambiguous', { ref, files: hits.map(session.display).join(', ') });
  if (hits.length === 0) {
    const suggest = nearest(ref, (found ?? listed()).map((f) => stem(f.path)));
    throw userError('order/not-found', { ref, where: ws.config.orders.join(', '), hint: suggest ? { id: 'wf/did-you-mean', args: { suggest } } : '' });
  }
  return { path: hits[0]!, display: session.display(hits[0]!), ws };
}

/** Seconds another gendan's lock is waited for: GENDAN_LOCK_WAIT, default 10. */
function lockWaitMs(session: Session): number | undefined {
  const v = session.io.env.GENDAN_LOCK_WAIT;
  return v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : undefined;
}

export function editOrder<T>(session: Session, ref: OrderRef, plan: (file: OrderFile) => Plan<T>): Edited<T> {
  return editOrderFile(ref.path, ref.display, plan, { lockWaitMs: lockWaitMs(session) });
}

/** The timestamp a history entry records now. */
export function sessionNow(session: Session): string {
  const fixedToday = session.opts.today ?? session.io.env.GENDAN_TODAY;
  const at = nowStamp({ now: session.io.env.GENDAN_NOW, fixedToday });
  if (at === undefined) throw userError('cli/bad-now', { value: session.io.env.GENDAN_NOW ?? '' });
  return at;
}

/** The context checklists and reports are judged in (with the "check passes" checker). */
export function planContext(session: Session, ws: Workspace): ChecklistContext {
  return { config: ws.config, catalog: ws.catalog, calendar: ws.calendar, today: session.today, checker: checkErrors };
}
