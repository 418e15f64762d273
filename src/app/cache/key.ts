// What a check cache was computed with, besides each file's own content: the gendan build,
// the configuration, the catalog, the schemas and the calendar data. A cache made with any
// other of these is stale as a whole. (Today's date is per entry: entry.ts.)
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../model/catalog.js';
import type { Config } from '../../model/config.js';
import { SCHEMA_NAMES, schemaFile } from '../../load/schemas.js';

export interface CacheKey {
  build: string;
  config: string;
  catalog: string;
  schemas: string;
  calendar: string;
}

/** The parts of the key, in the order a stale cache names the first one that differs. */
export const KEY_PARTS: (keyof CacheKey)[] = ['build', 'config', 'catalog', 'schemas', 'calendar'];

const hash = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export function cacheKey(config: Config, catalog: Catalog): CacheKey {
  return {
    build: buildId(),
    config: hash(JSON.stringify(config)),
    catalog: hash(JSON.stringify([catalog.file ?? null, [...catalog.products]])),
    schemas: hash(SCHEMA_NAMES.map((n) => readFileSync(schemaFile(n))).join('\0')),
    calendar: calendarVersion(),
  };
}

let build: string | undefined;

/**
 * The bundle's build id (its last line, written by scripts/bundle.mjs); run from the
 * compiled modules or the sources, a fingerprint of their names, sizes and times.
 */
export function buildId(): string {
  if (build) return build;
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.cjs')) {
    const tail = readTail(self, 200);
    const at = tail.lastIndexOf(BUILD_MARK);
    if (at >= 0) return (build = tail.slice(at + BUILD_MARK.length).trim());
  }
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p, { bigint: true });
        lines.push(`${p} ${st.size} ${st.mtimeNs}`);
      }
    }
  };
  walk(dirname(dirname(self)));
  return (build = `dev-${hash(lines.join('\n'))}`);
}

/** Kept in step with cli/launch.ts, which this module must not import (it runs outside the bundle). */
const BUILD_MARK = '//# gendan-build ';

function readTail(file: string, n: number): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(n, size));
    readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** The version of the holiday data (chinese-days), which lives outside the bundle. */
function calendarVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require('chinese-days/package.json') as { version?: string };
    return String(pkg.version);
  } catch {
    const require = createRequire(import.meta.url);
    return hash(readFileSync(require.resolve('chinese-days/dist/chinese-days.json')));
  }
}
