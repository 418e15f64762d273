// The file-system calls the edit path makes, as one object: node:fs by default; tests pass
// one whose calls fail the way a full disk or a read-only folder fails.
import * as fs from 'node:fs';
import { userError, type UserError } from '../model/errors.js';

export type EditFs = Pick<
  typeof fs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'fchmodSync' | 'fchownSync' | 'readFileSync' | 'statSync' | 'linkSync' | 'accessSync' | 'realpathSync'
>;

export const nodeFs: EditFs = fs;

/** A failed write or read as a clear one-line message; exit 2, the original untouched. */
export function ioFailure(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOSPC' || code === 'EDQUOT') return userError('edit/no-space', { file, code });
  if (code === 'EROFS') return userError('edit/read-only-fs', { file });
  if (code === 'EACCES' || code === 'EPERM') return userError('edit/permission', { file, code });
  if (code === 'ENOENT') return userError('edit/missing', { file });
  return userError('edit/io', { file, code, detail: (e as Error).message ?? String(e) });
}

export function isErrno(e: unknown, ...codes: string[]): boolean {
  return codes.includes((e as NodeJS.ErrnoException)?.code ?? '');
}
