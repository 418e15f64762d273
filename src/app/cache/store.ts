// The check cache on disk: `check.jsonl` in `.gendan-cache/` at the workspace root (or the
// folder given by --cache-location; or, when the workspace cannot be written to, under
// $XDG_CACHE_HOME/gendan/). The folder holds its own `.gitignore` of `*`, so it never
// shows in `git status`, even in a repository made before it existed.
//
// The file: a header line (what the cache is, for which workspace, and its key), one line
// per file (entry.ts), and a trailer line with the count and a hash of all before it. It
// is written to a temporary file and renamed over the old one, so a reader sees the old
// cache or the new one, never a torn one. Anything that does not match is never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Msg } from '../../model/problem.js';
import { KEY_PARTS, type CacheKey } from './key.js';
import { inMemory, scan, scanFile, type Header } from './pieces.js';

export const CACHE_DIR = '.gendan-cache';
export const CACHE_FILE = 'check.jsonl';
const KIND = 'gendan check cache';
const VERSION = 1;

/** Where the cache may live, in order of preference. */
export function cacheDirs(root: string, env: Record<string, string | undefined>, explicit?: string): string[] {
  if (explicit) return [explicit];
  const dirs = [join(root, CACHE_DIR)];
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  if (base) dirs.push(join(base, 'gendan', createHash('sha256').update(root).digest('hex').slice(0, 16)));
  return dirs;
}

/**
 * The entries of a cache, read lazily from its bytes: a warm check over 100,000 files
 * keeps the file's bytes and an index of paths, and decodes an entry only when it is used.
 */
export class Entries {
  private readonly index = new Map<string, number>();
  private readonly tails: number[] = [];
  private readonly ends: number[] = [];
  private readonly replaced = new Map<number, string>();

  constructor(private readonly bytes: Buffer = Buffer.alloc(0)) {}

  /** Adds the line from `start` to `end`; false when it is not an entry. */
  add(start: number, end: number): boolean {
    const tab = this.bytes.indexOf(0x09, start);
    if (tab < 0 || tab >= end) return false;
    const path = pathOf(this.bytes, start, tab);
    if (path === undefined) return false;
    let tabs = 0;
    for (let t = this.bytes.indexOf(0x09, tab + 1); t >= 0 && t < end; t = this.bytes.indexOf(0x09, t + 1)) tabs++;
    if (tabs !== 5) return false;
    this.index.set(path, this.tails.length);
    this.tails.push(tab + 1);
    this.ends.push(end);
    return true;
  }

  get size(): number {
    return this.index.size;
  }

  find(path: string): number | undefined {
    return this.index.get(path);
  }

  /** The entry's line after its path. */
  tail(k: number): string {
    return this.replaced.get(k) ?? this.bytes.toString('utf8', this.tails[k], this.ends[k]);
  }

  replace(k: number, tail: string): void {
    this.replaced.set(k, tail);
  }

  /** Every path with its entry's number. */
  entries(): IterableIterator<[string, number]> {
    return this.index.entries();
  }
}

export type ReadCache =
  | { entries: Entries }
  /** A cache that is there but cannot be trusted: why, for the one line on stderr. */
  | { entries: Entries; ignored: Msg };

/** The entries of the first cache found; none (and why) when it cannot be trusted. */
export function readCache(dirs: string[], root: string, key: CacheKey, show: (p: string) => string): ReadCache {
  let entries = new Entries();
  const ignored = readFirst(dirs, root, key, show, (file) => {
    const bytes = readFileSync(file);
    entries = new Entries(bytes);
    return scan(inMemory(bytes), (line, at) => entries.add(at, at + line.length));
  });
  return ignored ? { entries: new Entries(), ignored } : { entries };
}

/**
 * Path and tail of each entry with problems (its outcome `P…`, not `S…`) of the first
 * cache found, for a command that only reads the cache; none when it cannot be trusted.
 * Checked as a whole (header, count, hash) but only those entries are kept (pieces.ts).
 */
export function problemEntries(dirs: string[], root: string, key: CacheKey): [string, string][] {
  const found: [string, string][] = [];
  const ignored = readFirst(dirs, root, key, String, (file) =>
    scanFile(file, (line) => {
      const tab = line.indexOf(0x09);
      if (tab < 0) return false;
      if (line[line.lastIndexOf(0x09) + 1] !== 0x50 /* P */) return true;
      const path = pathOf(line, 0, tab);
      if (path === undefined) return false;
      found.push([path, line.toString('utf8', tab + 1)]);
      return true;
    }),
  );
  return ignored ? [] : found;
}

/** Reads the first cache found with `parse` (which throws when there is no file); why it cannot be trusted, or nothing. */
function readFirst(dirs: string[], root: string, key: CacheKey, show: (p: string) => string, parse: (file: string) => Header | undefined): Msg | undefined {
  for (const dir of dirs) {
    const file = join(dir, CACHE_FILE);
    let header: Header | undefined;
    try {
      header = parse(file);
    } catch {
      continue;
    }
    const ignored = (id: string, args: Msg['args'] = {}): Msg => ({ id, args: { file: show(file), ...args } });
    if (!header) return ignored('cache/corrupt');
    if (header.cache !== KIND || header.version !== VERSION || header.root !== root) return ignored('cache/foreign');
    const stale = KEY_PARTS.find((k) => header[k] !== key[k]);
    if (stale) return ignored('cache/stale', { what: { id: `cache/part-${stale}` } });
    return undefined;
  }
  return undefined;
}

/** An entry's path: a JSON string from `start` to `end`. */
function pathOf(bytes: Buffer, start: number, end: number): string | undefined {
  try {
    const path: unknown = JSON.parse(bytes.toString('utf8', start, end));
    return typeof path === 'string' ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a new cache line by line; nothing is seen until commit(). */
export class CacheWriter {
  private fd: number;
  private tmp: string;
  private file: string;
  private chunk: string[] = [];
  private size = 0;
  private count = 0;
  private hash = createHash('sha256');
  private failed = false;

  private constructor(dir: string, header: Header) {
    mkdirSync(dir, { recursive: true });
    const ignore = join(dir, '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '# made by gendan: this folder is a cache\n*\n');
    this.file = join(dir, CACHE_FILE);
    this.tmp = join(dir, `.${CACHE_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    this.fd = openSync(this.tmp, 'wx');
    this.put(JSON.stringify(header));
    this.count = 0;
  }

  /** A writer in the first of `dirs` that can be written to; undefined when none can. */
  static open(dirs: string[], root: string, key: CacheKey): CacheWriter | undefined {
    const header: Header = { cache: KIND, version: VERSION, root, ...key };
    for (const dir of dirs) {
      try {
        return new CacheWriter(dir, header);
      } catch {
        // read-only, or not a folder: try the next place
      }
    }
    return undefined;
  }

  add(line: string): void {
    this.put(line);
  }

  private put(line: string): void {
    this.chunk.push(line);
    this.count++;
    this.size += line.length;
    if (this.size > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.chunk.length === 0 || this.failed) return;
    const bytes = Buffer.from(`${this.chunk.join('\n')}\n`, 'utf8');
    this.chunk = [];
    this.size = 0;
    this.hash.update(bytes);
    try {
      writeSync(this.fd, bytes);
    } catch {
      this.failed = true; // a full disk, say: the old cache stays
    }
  }

  /** Finish and put the new cache in place; false when that failed (the old one stays). */
  commit(): boolean {
    try {
      this.flush();
      if (this.failed) throw new Error('cache not written');
      writeSync(this.fd, `${JSON.stringify({ entries: this.count, sha256: this.hash.digest('base64url') })}\n`);
      closeSync(this.fd);
      renameSync(this.tmp, this.file);
      return true;
    } catch {
      this.abort();
      return false;
    }
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }
}
