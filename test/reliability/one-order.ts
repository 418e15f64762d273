// A workspace holding the examples' config and catalog and just one of their orders:
// process tests start many gendans, and each should not load the other orders every time.
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../helpers/cli.js';

export interface OneOrder {
  dir: string;
  file: string;
  id: string;
}

/** The first example order (by name) that `pick` accepts. */
export function oneOrderWorkspace(pick: (text: string) => boolean = () => true): OneOrder {
  const names = readdirSync(join(EXAMPLES, 'orders')).filter((f) => f.endsWith('.yaml')).sort();
  const name = names.find((n) => pick(readFileSync(join(EXAMPLES, 'orders', n), 'utf8')));
  if (!name) throw new Error('no example order fits this test');
  const dir = tempDir();
  for (const f of ['gendan.yaml', 'catalog.yaml']) cpSync(join(EXAMPLES, f), join(dir, f));
  mkdirSync(join(dir, 'orders'));
  cpSync(join(EXAMPLES, 'orders', name), join(dir, 'orders', name));
  return { dir, file: join(dir, 'orders', name), id: name.replace(/\.yaml$/, '') };
}
