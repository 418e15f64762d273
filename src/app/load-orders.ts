// From path arguments (or the workspace's `orders`) to loaded order files. Many files
// are loaded with every core (parallel.ts); the result is the same either way.
import { resolve } from 'node:path';
import { discover } from '../load/discover.js';
import { FileList, type FileItem } from './file-list.js';
import { collectGarbage } from './gc.js';
import { loadItem, revive, type Loaded } from './load-job.js';
import { runParallel, threadsFor } from './parallel.js';
import type { OrderFile } from '../load/order-file.js';
import type { Scope as Session, Workspace } from './workspace.js';

/** From this many files on, the garbage of finding them is collected at once (gc.ts). */
const COLLECT_AFTER = 20_000;

/** The files under the paths (or the workspace's `orders`), in path order. */
export function foundFiles(session: Session, ws: Workspace, paths: string[]): FileList {
  const list = discovered(session, ws, paths);
  if (list.length >= COLLECT_AFTER) collectGarbage();
  return list;
}

function discovered(session: Session, ws: Workspace, paths: string[]): FileList {
  const { config, catalog } = ws;
  const exclude = new Set<string>();
  if (config.file) exclude.add(config.file);
  if (catalog.file) exclude.add(catalog.file);
  const found =
    paths.length > 0
      ? discover(paths, session.io.cwd, { exclude }, session.display)
      : discover(config.orders, config.root, { exclude }, session.display);
  const item = (i: number): FileItem => {
    const f = found[i]!;
    return f.error ? [f.path, session.display(f.path), f.error] : [f.path, session.display(f.path)];
  };
  return new FileList({ length: found.length, item });
}

export function orderFiles(session: Session, ws: Workspace, paths: string[]): OrderFile[] {
  const files = foundFiles(session, ws, paths);
  const loaded = runParallel<OrderFile | Loaded>(files, { job: 'load', init: undefined, local: { run: loadItem } }, threadsFor(files.length, session.io.env));
  return loaded.map((f) => ('locate' in f ? f : revive(f)));
}

export function absolute(session: Session, p: string): string {
  return resolve(session.io.cwd, p);
}
