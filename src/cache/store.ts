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
import type { Msg } from '../model/problem.js';
import { decodeEntry, type Entry } from './entry.js';
import { KEY_PARTS, type CacheKey } from './key.js';

export const CACHE_DIR = '.gendan-cache';
export const CACHE_FILE = 'check.jsonl';
const KIND = 'gendan check cache';
const VERSION = 1;

interface Header extends CacheKey {
  cache: string;
  version: number;
  root: string;
}

/** Where the cache may live, in order of preference. */
export function cacheDirs(root: string, env: Record<string, string | undefined>, explicit?: string): string[] {
  if (explicit) return [explicit];
  const dirs = [join(root, CACHE_DIR)];
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  if (base) dirs.push(join(base, 'gendan', createHash('sha256').update(root).digest('hex').slice(0, 16)));
  return dirs;
}

export type ReadCache =
  | { entries: Map<string, Entry> }
  /** A cache that is there but cannot be trusted: why, for the one line on stderr. */
  | { entries: Map<string, Entry>; ignored: Msg };

/** The entries of the first cache found; none (and why) when it cannot be trusted. */
export function readCache(dirs: string[], root: string, key: CacheKey, show: (p: string) => string): ReadCache {
  for (const dir of dirs) {
    const file = join(dir, CACHE_FILE);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    const ignored = (id: string, args: Msg['args'] = {}) => ({ entries: new Map<string, Entry>(), ignored: { id, args: { file: show(file), ...args } } });
    const parsed = parse(bytes);
    if (!parsed) return ignored('cache/corrupt');
    const { header, lines } = parsed;
    if (header.cache !== KIND || header.version !== VERSION || header.root !== root) return ignored('cache/foreign');
    const stale = KEY_PARTS.find((k) => header[k] !== key[k]);
    if (stale) return ignored('cache/stale', { what: { id: `cache/part-${stale}` } });
    const entries = new Map<string, Entry>();
    for (const line of lines) {
      const e = decodeEntry(line);
      if (!e) return ignored('cache/corrupt');
      entries.set(e.path, e);
    }
    return { entries };
  }
  return { entries: new Map() };
}

function parse(bytes: Buffer): { header: Header; lines: string[] } | undefined {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0x0a) return undefined;
  const trailerAt = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  if (trailerAt <= 0) return undefined;
  let trailer: { entries?: unknown; sha256?: unknown };
  let header: Header;
  try {
    trailer = JSON.parse(bytes.toString('utf8', trailerAt)) as typeof trailer;
    const body = bytes.subarray(0, trailerAt);
    if (trailer.sha256 !== createHash('sha256').update(body).digest('base64url')) return undefined;
    const lines = body.toString('utf8').split('\n');
    lines.pop(); // after the last newline
    header = JSON.parse(lines.shift() ?? '') as Header;
    if (header === null || typeof header !== 'object' || trailer.entries !== lines.length) return undefined;
    return { header, lines };
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
