// From path arguments (or the workspace's `orders`) to loaded order files. Many files
// are loaded with every core (load/parallel.ts); the result is the same either way.
import { resolve } from 'node:path';
import { discover } from '../load/discover.js';
import { loadItem, revive, type Loaded, type LoadItem } from '../load/load-job.js';
import { runParallel, threadsFor } from '../load/parallel.js';
import type { OrderFile } from '../load/order-file.js';
import type { Session, Workspace } from './session.js';

/** The files under the paths (or the workspace's `orders`), in path order. */
export function foundItems(session: Session, ws: Workspace, paths: string[]): LoadItem[] {
  const { config, catalog } = ws;
  const exclude = new Set<string>();
  if (config.file) exclude.add(config.file);
  if (catalog.file) exclude.add(catalog.file);
  const found =
    paths.length > 0
      ? discover(paths, session.io.cwd, { exclude }, session.display)
      : discover(config.orders, config.root, { exclude }, session.display);
  return found.map((f) => (f.error ? [f.path, session.display(f.path), f.error] : [f.path, session.display(f.path)]));
}

export function orderFiles(session: Session, ws: Workspace, paths: string[]): OrderFile[] {
  const items = foundItems(session, ws, paths);
  const threads = threadsFor(items.length, session.io.env);
  if (threads <= 1) return items.map(loadItem);
  const module = new URL('../load/load-job.js', import.meta.url);
  return runParallel<LoadItem, OrderFile | Loaded>(items, { module, factory: 'loadJob', init: undefined, local: { run: loadItem } }, threads).map((f) => ('locate' in f ? f : revive(f)));
}

export function absolute(session: Session, p: string): string {
  return resolve(session.io.cwd, p);
}
