// From path arguments (or the workspace's `orders`) to loaded order files. Many files
// are loaded with every core (parallel.ts); the result is the same either way.
import { resolve } from 'node:path';
import { discover } from '../load/discover.js';
import { FileList, type FileItem } from './file-list.js';
import { collectGarbage } from './gc.js';
import { loadItem, revive, type Loaded } from './load-job.js';
import { runParallel, threadsFor } from './parallel.js';
import type { OrderFile } from '../load/order-file.js';
import { Strings } from './compact.js';
import { digestJob, type Digest, type DigestInit } from './digest.js';
import type { Scope as Session, Workspace } from './workspace.js';
import { userError } from '../model/errors.js';

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
  const missing: string[] = [];
  const found =
    paths.length > 0
      ? discover(paths, session.io.cwd, { exclude }, session.display)
      : discover(config.orders, config.root, { exclude, missing }, session.display);
  if (missing.length > 0) {
    // No gendan.yaml and no orders folder: this is not a workspace at all.
    if (!config.file && found.length === 0) throw userError('workspace/none', { dir: session.display(session.io.cwd) });
    // git keeps no empty folders: a workspace without its orders folder has no orders yet.
    for (const m of missing) ws.notes.push({ id: 'note/no-orders-folder', args: { path: session.display(m) } });
  }
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

/**
 * What a report needs of each file under the paths (reports/digest.ts), in file order:
 * the orders themselves are not kept, so a report over 100,000 of them stays small.
 * `keep` sees each digest as it arrives and says what of it is kept (the morning page
 * packs its entries, app/packed.ts).
 */
export function digestFiles(session: Session, ws: Workspace, paths: string[], spec: Omit<DigestInit, 'config' | 'catalog'>, keep?: (d: Digest) => Digest): Digest[] {
  const files = foundFiles(session, ws, paths);
  const init: DigestInit = { config: ws.config, catalog: ws.catalog, ...spec };
  const strings = new Strings();
  const digests = runParallel(files, {
    job: 'digest',
    init,
    local: digestJob(init, ws.calendar),
    receive: (out, local) => strings.compact(keep ? out.map(keep) : out, local),
    onFinish: (years) => {
      for (const y of (years as number[] | undefined) ?? []) ws.calendar.missingYears.add(y);
    },
  }, threadsFor(files.length, session.io.env));
  // What collecting them left behind goes before the report is put together (gc.ts).
  if (files.length >= COLLECT_AFTER) collectGarbage();
  return digests;
}
