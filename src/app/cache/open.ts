// The check cache for one run: where it lives, what it holds, and a writer for the next.
import type { Catalog } from '../../model/catalog.js';
import type { Config } from '../../model/config.js';
import type { Msg } from '../../model/problem.js';
import type { CacheUse } from '../check-files.js';
import { cacheKey } from './key.js';
import { CacheWriter, cacheDirs, problemEntries, readCache } from './store.js';

export interface CacheOptions {
  config: Config;
  catalog: Catalog;
  env: Record<string, string | undefined>;
  /** --cache-location, resolved. */
  location?: string;
  /** The run checks the workspace's own `orders` (no path arguments). */
  complete: boolean;
  show: (path: string) => string;
}

/** The cache to use, and why the one found was ignored (said once on stderr). */
export function openCache(o: CacheOptions): { use: CacheUse; ignored?: Msg } {
  const root = o.config.root;
  const key = cacheKey(o.config, o.catalog);
  const dirs = cacheDirs(root, o.env, o.location);
  const read = readCache(dirs, root, key, o.show);
  const use: CacheUse = { entries: read.entries, complete: o.complete, writer: () => CacheWriter.open(dirs, root, key) };
  return 'ignored' in read ? { use, ignored: read.ignored } : { use };
}

/**
 * Path and tail of each entry with problems in the check cache, for a command that only
 * reads it (the morning page): none when there is no cache or it cannot be trusted.
 * Nothing is said then: the command works without it, and the next check says why and
 * makes it anew.
 */
export function cachedProblems(o: Omit<CacheOptions, 'complete' | 'show'>): [string, string][] {
  const root = o.config.root;
  return problemEntries(cacheDirs(root, o.env, o.location), root, cacheKey(o.config, o.catalog));
}
