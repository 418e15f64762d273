// One writer per order file: an exclusive lock file next to it (`.NAME.lock`, created with
// O_EXCL) holding the owner's pid and host. A second gendan waits for it, then refuses
// clearly; a lock whose process is gone (killed mid-edit) is taken over.
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { userError } from '../model/errors.js';
import { alive } from '../util/alive.js';
import { tag } from '../util/tag.js';
import { ioFailure, isErrno, nodeFs, type EditFs } from './fs.js';

export const DEFAULT_WAIT_MS = 10_000;

export function lockPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface Owner {
  pid?: number;
  host?: string;
}

function readOwner(lock: string, fs: EditFs): { text: string; owner: Owner; ageMs: number } | undefined {
  try {
    const text = String(fs.readFileSync(lock, 'utf8'));
    const ageMs = Date.now() - fs.statSync(lock).mtimeMs;
    let owner: Owner = {};
    try {
      const parsed: unknown = JSON.parse(text);
      // `null`, a number or a list is no owner: a damaged lock, stale like a half-written one
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) owner = parsed;
    } catch {
      // written half by a process killed right after creating it
    }
    return { text, owner, ageMs };
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return undefined;
    throw e;
  }
}

function isStale(found: { owner: Owner; ageMs: number }): boolean {
  const { pid, host } = found.owner;
  if (typeof pid !== 'number') return found.ageMs > 2000;
  return host === hostname() && !alive(pid);
}

/**
 * Take a stale lock away without taking a fresh one that replaced it meanwhile. Breakers
 * serialise on a guard file (`.NAME.lock.break`, O_EXCL): under it nobody else can remove
 * or replace the lock, so re-reading it and unlinking it only if it still holds the stale
 * owner cannot remove a live lock.
 */
function breakStale(lock: string, staleText: string, fs: EditFs): boolean {
  const guard = `${lock}.break`;
  let fd: number;
  try {
    fd = fs.openSync(guard, 'wx', 0o644);
  } catch (e) {
    if (!isErrno(e, 'EEXIST')) throw e;
    // Held for microseconds by a live breaker; a guard left by a killed one is removed.
    const found = readOwner(guard, fs);
    if (found && isStale(found) && found.ageMs > GUARD_STALE_MS) unlinkQuietly(guard, fs);
    return false;
  }
  try {
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
    fs.closeSync(fd);
    const now = readOwner(lock, fs);
    if (now?.text !== staleText) return true; // gone or replaced: try to take it again
    fs.unlinkSync(lock);
    return true;
  } finally {
    unlinkQuietly(guard, fs);
  }
}

const GUARD_STALE_MS = 1000;

/** Remove a break guard left by a gendan killed while breaking a lock. */
export function sweepGuard(file: string, fs: EditFs = nodeFs): void {
  const guard = `${lockPath(file)}.break`;
  try {
    const found = readOwner(guard, fs);
    if (found && isStale(found)) unlinkQuietly(guard, fs);
  } catch {
    // unreadable: left for the breaker that needs it to judge
  }
}

function unlinkQuietly(path: string, fs: EditFs): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Lock `file` for writing; returns the release function. */
export function acquireLock(file: string, display: string, waitMs = DEFAULT_WAIT_MS, fs: EditFs = nodeFs): () => void {
  const lock = lockPath(file);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), token: tag(12) });
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = fs.openSync(lock, 'wx', 0o644);
      fs.writeSync(fd, mine);
      fs.closeSync(fd);
      return () => release(lock, mine, fs);
    } catch (e) {
      if (fd !== undefined) dropHalfLock(lock, fd, fs); // e.g. a full disk: leave no empty lock behind
      if (!isErrno(e, 'EEXIST')) throw ioFailure(display, e);
    }
    const found = readOwner(lock, fs);
    let broke = false;
    try {
      broke = Boolean(found && isStale(found) && breakStale(lock, found.text, fs));
    } catch (e) {
      throw ioFailure(display, e);
    }
    if (broke) continue;
    if (Date.now() >= deadline) {
      throw userError('edit/locked', { file: display, pid: found?.owner.pid ?? '?', lock: lockPath(display) });
    }
    sleep(15 + Math.floor(Math.random() * 20));
  }
}

function dropHalfLock(lock: string, fd: number, fs: EditFs): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
  try {
    fs.unlinkSync(lock);
  } catch {
    // never there
  }
}

function release(lock: string, mine: string, fs: EditFs): void {
  try {
    if (String(fs.readFileSync(lock, 'utf8')) === mine) fs.unlinkSync(lock);
  } catch {
    // already gone: nothing to release
  }
}
