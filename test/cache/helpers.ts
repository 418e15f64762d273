// A small workspace (a few of the example orders) for the cache tests, and runs of
// `gendan check` with and without the cache.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, gendan, tempDir, type Run } from '../helpers/cli.js';

export function smallWorkspace(count = 5): string {
  const dir = tempDir('gendan-cache-');
  for (const f of ['gendan.yaml', 'catalog.yaml']) cpSync(join(EXAMPLES, f), join(dir, f));
  mkdirSync(join(dir, 'orders'));
  for (const f of readdirSync(join(EXAMPLES, 'orders')).sort().slice(0, count)) cpSync(join(EXAMPLES, 'orders', f), join(dir, 'orders', f));
  return dir;
}

/** `gendan check` in `dir`, cached (the default) or not. */
export function check(dir: string, extra: string[] = [], cached = true): Promise<Run> {
  return gendan(['check', ...extra, ...(cached ? [] : ['--no-cache'])], { cwd: dir });
}
