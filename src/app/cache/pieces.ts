// Reading a cache: its header, its entry lines and its trailer, checked as a whole (the
// trailer's count and hash of all before it). The same reading serves a cache held in
// memory (`check`, which keeps its bytes) and one read from its file a piece at a time
// (`today`, which keeps a few entries). One read of the whole file (15 MB at 100,000
// orders), once freed, raises glibc's threshold below which freed memory is kept for
// reuse rather than given back to the system, and `today` over 100,000 orders then peaked
// ~45 MiB higher (262 MiB against 209–218 without the cache). Pieces below that
// threshold's default (128 KB) leave it be.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CacheKey } from './key.js';

/** The cache file's first line: what it is, for which workspace, and its key. */
export interface Header extends CacheKey {
  cache: string;
  version: number;
  root: string;
}

/** A cache's bytes: their length, and up to `max` of them from `pos` (valid until the next call). */
export interface Pieces {
  size: number;
  piece(pos: number, max: number): Buffer;
}

const PIECE = 64 * 1024;

/** Bytes held in memory, as one piece. */
export const inMemory = (bytes: Buffer): Pieces => ({ size: bytes.length, piece: (pos, max) => bytes.subarray(pos, pos + max) });

/** The cache in `file`, read a piece at a time (scan); throws when the file cannot be read. */
export function scanFile(file: string, take: (line: Buffer, at: number) => boolean): Header | undefined {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(PIECE);
    return scan({ size: fstatSync(fd).size, piece: (pos, max) => buffer.subarray(0, readSync(fd, buffer, 0, Math.min(max, PIECE), pos)) }, take);
  } finally {
    closeSync(fd);
  }
}

/**
 * The header of a cache, with each entry line (without its newline) and where it starts
 * given to `take`, when the bytes are a whole cache: its trailer's count and hash match
 * what comes before it, and `take` accepted every line.
 */
export function scan(src: Pieces, take: (line: Buffer, at: number) => boolean): Header | undefined {
  const tail = src.piece(Math.max(0, src.size - PIECE), PIECE);
  if (tail.length !== Math.min(src.size, PIECE) || tail[tail.length - 1] !== 0x0a) return undefined;
  const at = tail.lastIndexOf(0x0a, tail.length - 2) + 1;
  if (at <= 0) return undefined;
  const trailer = trailerOf(tail.subarray(at, tail.length - 1));
  if (!trailer) return undefined;
  const trailerAt = src.size - tail.length + at;
  const hash = createHash('sha256');
  let header: Header | undefined;
  let count = 0;
  let carry: Buffer | undefined;
  for (let pos = 0; pos < trailerAt; ) {
    const bytes = src.piece(pos, trailerAt - pos);
    if (bytes.length === 0) return undefined;
    hash.update(bytes);
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
      const from = pos + start - (carry?.length ?? 0);
      const line = carry ? Buffer.concat([carry, bytes.subarray(start, end)]) : bytes.subarray(start, end);
      carry = undefined;
      start = end + 1;
      if (header === undefined) {
        header = headerOf(line);
        if (!header) return undefined;
      } else {
        if (!take(line, from)) return undefined;
        count++;
      }
    }
    if (start < bytes.length) carry = carry ? Buffer.concat([carry, bytes.subarray(start)]) : Buffer.from(bytes.subarray(start));
    pos += bytes.length;
  }
  if (carry || trailer.sha256 !== hash.digest('base64url') || trailer.entries !== count) return undefined;
  return header;
}

function trailerOf(line: Buffer): { entries?: unknown; sha256?: unknown } | undefined {
  try {
    const t = JSON.parse(line.toString('utf8')) as { entries?: unknown; sha256?: unknown } | null;
    return t !== null && typeof t === 'object' ? t : undefined;
  } catch {
    return undefined;
  }
}

function headerOf(line: Buffer): Header | undefined {
  try {
    const h = JSON.parse(line.toString('utf8')) as Header | null;
    return h !== null && typeof h === 'object' ? h : undefined;
  } catch {
    return undefined;
  }
}
