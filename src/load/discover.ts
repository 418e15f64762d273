// Which files are order files: *.yaml and *.yml under the given paths (or the workspace's
// `orders`), never the config or catalog, never inside another workspace, and never
// twice or in circles through symlinks.
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve, sep } from 'node:path';
import { bringBack, missingAside } from './aside.js';
import { userError } from '../model/errors.js';
import type { Msg } from '../model/problem.js';
import { ioMessage } from './read.js';
import { CONFIG_NAME } from './workspace.js';

export interface Found {
  path: string;
  /** The real path, when already known (saves resolving it again). */
  real?: string;
  /** Set when the path cannot be an order file at all (symlink loop, unreadable folder). */
  error?: Msg;
}

const ORDER_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function isGlob(p: string): boolean {
  return /[*?[]/.test(p);
}

/** A glob as a regular expression over '/'-separated relative paths: *, ** and ?. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface DiscoverOptions {
  /** Files never taken as orders (the config and the catalog), as real paths. */
  exclude: Set<string>;
  /** When set, a path that does not exist is listed here instead of being an error. */
  missing?: string[];
  /** When set, only files with one of these names (in lower case) are found in folders. */
  names?: Set<string>;
}

export function discover(inputs: string[], base: string, opts: DiscoverOptions, showMissing = (p: string) => p): Found[] {
  const out = new Map<string, Found>();
  const add = (f: Found) => {
    const key = f.error ? f.path : (f.real ?? safeReal(f.path));
    if (!out.has(key)) out.set(key, f);
  };
  for (const input of inputs) {
    if (isGlob(input)) {
      const { root, pattern } = splitGlob(resolve(base, input));
      const re = globToRegExp(pattern);
      walk(root, true, opts, (f) => {
        // A file is taken when it, or a folder it is in, matches the pattern.
        const parts = f.path.slice(root.length + 1).split(sep);
        for (let n = parts.length; n > 0; n--) {
          if (re.test(parts.slice(0, n).join('/'))) return add(f);
        }
      });
      continue;
    }
    const abs = resolve(base, input);
    let st;
    try {
      st = statOrBack(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        add({ path: abs, error: ioMessage(e) });
        continue;
      }
      if (opts.missing && code === 'ENOENT') {
        opts.missing.push(abs);
        continue;
      }
      throw userError('path/missing', { path: showMissing(abs) });
    }
    if (st.isDirectory()) walk(abs, true, opts, add);
    else add({ path: abs });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function splitGlob(abs: string): { root: string; pattern: string } {
  const parts = abs.split(sep);
  const i = parts.findIndex(isGlob);
  return { root: parts.slice(0, i).join(sep) || sep, pattern: parts.slice(i).join('/') };
}

/** Walk a folder; `seen` holds the real paths of the folders above, to spot loops. */
function walk(root: string, isTop: boolean, opts: DiscoverOptions, add: (f: Found) => void, seen = new Set<string>()): void {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (e) {
    add({ path: root, error: ioMessage(e) });
    return;
  }
  if (seen.has(real)) {
    add({ path: root, error: { id: 'file/symlink-loop' } });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = entriesOf(root);
  } catch (e) {
    add({ path: root, error: ioMessage(e) });
    seen.delete(real);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  if (!isTop && entries.some((e) => e.name === CONFIG_NAME)) {
    seen.delete(real);
    return; // another workspace: it has its own rules
  }
  // root and real are absolute and normalized, and a name holds no separator: plain
  // concatenation is join() without its per-call normalizing (~9 µs a file on a cold start).
  const under = (dir: string) => (dir.endsWith(sep) ? dir : dir + sep);
  const rootSlash = under(root);
  const realSlash = under(real);
  for (const entry of entries) {
    if (opts.names && entry.isFile() && !opts.names.has(entry.name.toLowerCase())) continue;
    const full = rootSlash + entry.name;
    // A name that is not UTF-8 (written by an older Windows program) cannot be opened by
    // the replacement characters it decodes to: say so, rather than "file vanished".
    if (entry.name.includes('\uFFFD') && ORDER_FILE.test(entry.name) && !existsSync(full)) {
      add({ path: full, error: { id: 'file/bad-name' } });
      continue;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        if (ORDER_FILE.test(entry.name) || (e as NodeJS.ErrnoException).code === 'ELOOP') add({ path: full, error: ioMessage(e) });
        continue;
      }
    }
    if (isDir) {
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      walk(full, false, opts, add, seen);
    } else if (isFile && ORDER_FILE.test(entry.name) && entry.name !== CONFIG_NAME) {
      // In a folder whose real path is known, only a link needs resolving (realpath
      // per file cost 10 lstat calls each: 3 s of 100,000 files).
      const realFile = entry.isSymbolicLink() ? safeReal(full) : real === root ? full : realSlash + entry.name;
      if (!opts.exclude.has(realFile)) add({ path: full, real: realFile });
    } else if (!isFile && ORDER_FILE.test(entry.name)) {
      // A pipe, socket or device named like an order: say so rather than skip it silently.
      add({ path: full, error: { id: 'file/not-regular' } });
    }
  }
  seen.delete(real);
}

/** A folder's entries; an order a gendan was killed while replacing is only aside: it is put back first. */
function entriesOf(root: string): Dirent[] {
  const entries = readdirSync(root, { withFileTypes: true });
  if (!entries.some((e) => e.name.endsWith('.aside'))) return entries;
  const missing = missingAside(root, entries.map((e) => e.name));
  for (const file of missing) bringBack(file);
  return missing.length > 0 ? readdirSync(root, { withFileTypes: true }) : entries;
}

/** The stat of a path named on the command line; an order left aside is put back first. */
function statOrBack(abs: string) {
  try {
    return statSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    bringBack(abs);
    return statSync(abs);
  }
}

function safeReal(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

