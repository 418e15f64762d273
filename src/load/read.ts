// Reading a file as order text: size, binary and encoding checks come before any parsing,
// so a hostile file costs little and gets a clear `file` problem.
import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import type { Msg } from '../model/problem.js';

export const MAX_BYTES = 1024 * 1024;

export type ReadResult = { text: string } | { error: Msg; line?: number; column?: number };

/** What the check cache keeps of a read: the file's stat (taken on the descriptor read from) and its bytes. */
export interface ReadInfo {
  stat?: BigIntStats;
  bytes?: Buffer;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readText(file: string, info?: ReadInfo): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readAtMost(file, MAX_BYTES, info);
  } catch (e) {
    return { error: ioMessage(e) };
  }
  if (info) info.bytes = bytes;
  if (bytes.length > MAX_BYTES) return { error: tooLarge(bytes.length) };
  if (bytes.includes(0)) return { error: { id: 'file/binary' } };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: { id: 'file/not-utf8' }, ...firstBadChar(bytes) };
  }
}

/**
 * At most `max + 1` bytes (enough to tell "too large" even when the file grew after it was
 * looked at), read through one descriptor checked to be a regular file. Opened without
 * blocking, so a FIFO is only opened, never read, and the descriptor's own stat is the only
 * one taken (a stat by name before opening cost ~6 µs a file of a whole check). The paths
 * come from a folder's listing or a stat of their own, which already passed over devices.
 */
function readAtMost(file: string, max: number, info?: ReadInfo): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = info ? (info.stat = fstatSync(fd, { bigint: true })) : fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const size = Number(st.size);
    if (size > max) throw Object.assign(new Error('too large'), { code: 'EFBIG', size });
    // Sized by the stat (not max + 1: zero-filling 1 MiB per file dominated a whole check),
    // grown to max + 1 only if the file grew meanwhile. Only the bytes read are returned.
    let buf = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, got, buf.length - got, null)) {
      got += n;
      if (got < buf.length) continue;
      if (buf.length > max) break;
      buf = Buffer.concat([buf], max + 1);
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export function ioMessage(e: unknown): Msg {
  const err = e as NodeJS.ErrnoException & { size?: number };
  const code = err.code ?? 'EIO';
  if (code === 'ELOOP') return { id: 'file/symlink-loop' };
  if (code === 'EACCES' || code === 'EPERM') return { id: 'file/unreadable', args: { code } };
  if (code === 'ENOENT') return { id: 'file/missing' };
  if (code === 'ENOTREG' || code === 'ENXIO') return { id: 'file/not-regular' };
  if (code === 'EFBIG') return tooLarge(err.size ?? MAX_BYTES + 1);
  if (code === 'EISDIR') return { id: 'file/directory' };
  return { id: 'file/io', args: { code, detail: err.message ?? String(e) } };
}

function tooLarge(size: number): Msg {
  return { id: 'file/too-large', args: { size: mib(size), max: '1 MiB' } };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Line and column of the first byte that is not UTF-8, to point the problem at. */
function firstBadChar(bytes: Buffer): { line: number; column: number } {
  const loose = new TextDecoder('utf-8').decode(bytes);
  const at = loose.indexOf('\uFFFD');
  const before = loose.slice(0, Math.max(at, 0));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}
