// Reading a file as order text: size, binary and encoding checks come before any parsing,
// so a hostile file costs little and gets a clear `file` problem.
import { readFileSync, statSync } from 'node:fs';
import type { Msg } from '../model/problem.js';

export const MAX_BYTES = 1024 * 1024;

export type ReadResult = { text: string } | { error: Msg; line?: number; column?: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readText(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { error: { id: 'file/directory' } };
    if (st.size > MAX_BYTES) return { error: { id: 'file/too-large', args: { size: mib(st.size), max: '1 MiB' } } };
    bytes = readFileSync(file);
  } catch (e) {
    return { error: ioMessage(e) };
  }
  if (bytes.length > MAX_BYTES) return { error: { id: 'file/too-large', args: { size: mib(bytes.length), max: '1 MiB' } } };
  if (bytes.includes(0)) return { error: { id: 'file/binary' } };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: { id: 'file/not-utf8' }, ...firstBadChar(bytes) };
  }
}

export function ioMessage(e: unknown): Msg {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ELOOP') return { id: 'file/symlink-loop' };
  if (code === 'EACCES' || code === 'EPERM') return { id: 'file/unreadable', args: { code } };
  if (code === 'ENOENT') return { id: 'file/missing' };
  return { id: 'file/io', args: { code, detail: (e as Error).message ?? '' } };
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
