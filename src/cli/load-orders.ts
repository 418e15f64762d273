// From path arguments (or the workspace's `orders`) to loaded order files.
import { resolve } from 'node:path';
import { discover } from '../load/discover.js';
import { failedFile, loadOrderFile, type OrderFile } from '../load/order-file.js';
import type { Session, Workspace } from './session.js';
import { during, processingFile } from '../util/activity.js';

export function orderFiles(session: Session, ws: Workspace, paths: string[]): OrderFile[] {
  const { config, catalog } = ws;
  const exclude = new Set<string>();
  if (config.file) exclude.add(config.file);
  if (catalog.file) exclude.add(catalog.file);
  const found =
    paths.length > 0
      ? discover(paths, session.io.cwd, { exclude }, session.display)
      : discover(config.orders, config.root, { exclude }, session.display);
  return found.map((f) => {
    const display = session.display(f.path);
    return f.error ? failedFile(f.path, display, f.error) : during(processingFile(display), () => loadOrderFile(f.path, display));
  });
}

export function absolute(session: Session, p: string): string {
  return resolve(session.io.cwd, p);
}
