// Reading a cache a piece at a time, for a command that keeps only some of its entries.
// One read of the whole file (15 MB at 100,000 orders), once freed, raises glibc's
// threshold below which freed memory is kept for reuse rather than given back to the
// system, and `today` over 100,000 orders then peaked ~45 MiB higher (262 MiB against
// 209–218 without the cache). Pieces below that threshold's default (128 KB) leave it be.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CacheKey } from './key.js';

/** The cache file's first line: what it is, for which workspace, and its key. */
export interface Header extends CacheKey {
  cache: string;
  version: number;
  root: string;
}

const PIECE = 64 * 1024;

/**
 * The header of the cache in `file`, with each entry line (without its newline) given to
 * `take`, when the file is a whole cache: its trailer's count and hash match what comes
 * before it, and `take` accepted every line. Throws when the file cannot be read.
 */
export function scan(file: string, take: (line: Buffer) => boolean): Header | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, PIECE));
    if (readSync(fd, tail, 0, tail.length, size - tail.length) !== tail.length || tail[tail.length - 1] !== 0x0a) return undefined;
    const at = tail.lastIndexOf(0x0a, tail.length - 2) + 1;
    if (at <= 0) return undefined;
    const trailer = trailerOf(tail.subarray(at, tail.length - 1));
    if (!trailer) return undefined;
    const trailerAt = size - tail.length + at;
    const hash = createHash('sha256');
    const piece = Buffer.alloc(PIECE);
    let header: Header | undefined;
    let count = 0;
    let carry: Buffer | undefined;
    for (let pos = 0; pos < trailerAt; ) {
      const n = readSync(fd, piece, 0, Math.min(PIECE, trailerAt - pos), pos);
      if (n <= 0) return undefined;
      pos += n;
      const bytes = piece.subarray(0, n);
      hash.update(bytes);
      let start = 0;
      for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
        const line = carry ? Buffer.concat([carry, bytes.subarray(start, end)]) : bytes.subarray(start, end);
        carry = undefined;
        start = end + 1;
        if (header === undefined) {
          header = headerOf(line);
          if (!header) return undefined;
        } else {
          if (!take(line)) return undefined;
          count++;
        }
      }
      if (start < n) carry = carry ? Buffer.concat([carry, bytes.subarray(start)]) : Buffer.from(bytes.subarray(start));
    }
    if (carry || trailer.sha256 !== hash.digest('base64url') || trailer.entries !== count) return undefined;
    return header;
  } finally {
    closeSync(fd);
  }
}

export function trailerOf(line: Buffer): { entries?: unknown; sha256?: unknown } | undefined {
  try {
    const t = JSON.parse(line.toString('utf8')) as { entries?: unknown; sha256?: unknown } | null;
    return t !== null && typeof t === 'object' ? t : undefined;
  } catch {
    return undefined;
  }
}

export function headerOf(line: Buffer): Header | undefined {
  try {
    const h = JSON.parse(line.toString('utf8')) as Header | null;
    return h !== null && typeof h === 'object' ? h : undefined;
  } catch {
    return undefined;
  }
}
