// The benchmark's workspaces, generated once per size and reused while the generator and
// its arguments are unchanged (a stamp file records both).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const GEN_DIR = new URL('./gen/', import.meta.url);

function generatorHash() {
  const h = createHash('sha256');
  h.update(readFileSync(new URL('./generate.mjs', import.meta.url)));
  for (const f of readdirSync(GEN_DIR).sort()) h.update(readFileSync(new URL(f, GEN_DIR)));
  return h.digest('hex').slice(0, 16);
}

/** The workspace folder for `count` orders, generated if missing or out of date. */
export function workspace(base, count, { quoteDates = true, seed = 1 } = {}) {
  const dir = join(base, `${quoteDates ? 'q' : 'u'}${count}`);
  const stamp = JSON.stringify({ count, quoteDates, seed, gen: generatorHash() });
  const stampFile = join(dir, '.bench-stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  process.stderr.write(`generating ${count} orders in ${dir} …\n`);
  generate(dir, { count, seed, quoteDates });
  writeFileSync(stampFile, stamp);
  return dir;
}
