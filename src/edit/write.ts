// Writing a file so that a crash leaves the old content or the new, never a torn file: a
// temp file in the same folder, fsync, then rename over the original (or link, for a new
// file, so an existing one is never replaced). An order is replaced by moving it aside and
// linking the new content to its name, so that another program's save is never replaced
// unseen (replaceFile). The file's mode (and owner, for root) is kept.
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { userError, type UserError } from '../model/errors.js';
import { ioFailure, isErrno, nodeFs, type EditFs } from './fs.js';
import { besidePath, leftBeside } from '../load/aside.js';
import { alive } from '../util/alive.js';

const tempPath = (file: string) => besidePath(file, 'tmp');

interface Keep {
  mode: number;
  uid?: number;
  gid?: number;
}

function writeTemp(file: string, bytes: Buffer, keep: Keep, display: string, fs: EditFs): string {
  const tmp = tempPath(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', keep.mode & 0o777);
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fchmodSync(fd, keep.mode & 0o7777);
    if (keep.uid !== undefined && process.getuid?.() === 0) {
      try {
        fs.fchownSync(fd, keep.uid, keep.gid ?? -1);
      } catch {
        // keeping the owner is a courtesy; the content matters
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    return tmp;
  } catch (e) {
    cleanup(tmp, fd, fs);
    throw ioFailure(display, e);
  }
}

function cleanup(tmp: string, fd: number | undefined, fs: EditFs): void {
  if (fd !== undefined) {
    try {
      fs.closeSync(fd);
    } catch {
      // closing a failed descriptor
    }
  }
  try {
    fs.unlinkSync(tmp);
  } catch {
    // never created
  }
}

/**
 * Remove temp files of `file` left by gendan processes that died mid-write (their pid is
 * in the name). Called under the file's lock, so no live writer of this file has one.
 */
export function sweepTemps(file: string, fs: EditFs = nodeFs, names?: readonly string[]): void {
  for (const { path, pid } of leftBeside(file, 'tmp', names)) {
    if (!alive(pid)) removeQuietly(path, fs);
  }
}

/** Make the rename itself durable (best effort: not every platform can fsync a folder). */
function syncDir(dir: string, fs: EditFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // the file is complete either way
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether the file at `path` is still exactly the one that was read. */
export type Same = (path: string) => boolean;

/**
 * Replace `file` with `bytes` atomically, keeping its mode. With `same`, never over a save
 * another program makes meanwhile: after the new content is written and synced, the file
 * is compared again, moved aside, and the new content linked to its name — which fails if
 * another program saved a file there in between; then what was moved aside is compared
 * once more, and put back if another program saved it just before the move. A refusal is
 * `edit/changed` (exit 1) with the other program's save in place.
 */
export function replaceFile(file: string, bytes: Buffer, display: string, fs: EditFs = nodeFs, same?: Same): void {
  let keep: Keep;
  try {
    const st = fs.statSync(file);
    keep = { mode: st.mode, uid: st.uid, gid: st.gid };
    fs.accessSync(file, 2 /* W_OK */);
    // root passes the access check on any file; a file marked read-only stays untouched.
    if ((st.mode & 0o222) === 0) throw Object.assign(new Error('read-only file'), { code: 'EACCES' });
  } catch (e) {
    throw ioFailure(display, e);
  }
  const tmp = writeTemp(file, bytes, keep, display, fs);
  if (same) return exchange(file, tmp, display, fs, same);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    cleanup(tmp, undefined, fs);
    throw ioFailure(display, e);
  }
  syncDir(dirname(file), fs);
}

const NO_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'];

function exchange(file: string, tmp: string, display: string, fs: EditFs, same: Same): void {
  const changed = () => userError('edit/changed', { file: display }, 1);
  if (!same(file)) {
    cleanup(tmp, undefined, fs);
    throw changed();
  }
  const aside = besidePath(file, 'aside');
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    cleanup(tmp, undefined, fs);
    // removed or renamed by another program since the comparison
    throw isErrno(e, 'ENOENT') ? changed() : ioFailure(display, e);
  }
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if (isErrno(e, 'EEXIST')) {
      // another program saved a new file under the name meanwhile: its save stays
      cleanup(tmp, undefined, fs);
      removeQuietly(aside, fs);
      throw changed();
    }
    // Without hard links (some network and FAT folders) the name is taken by a rename,
    // which cannot tell whether another program saved there in the last microseconds.
    try {
      if (!isErrno(e, ...NO_LINKS)) throw e;
      fs.renameSync(tmp, file);
    } catch (e2) {
      putBack(aside, file, fs);
      cleanup(tmp, undefined, fs);
      throw ioFailure(display, e2);
    }
  }
  removeQuietly(tmp, fs);
  if (!same(aside)) {
    // saved by another program just before it was moved aside: that save is put back
    try {
      fs.renameSync(aside, file);
    } catch (e) {
      throw ioFailure(display, e);
    }
    syncDir(dirname(file), fs);
    throw changed();
  }
  removeQuietly(aside, fs);
  syncDir(dirname(file), fs);
}

/** Return an order moved aside to its name, unless another program saved one there. */
function putBack(aside: string, file: string, fs: EditFs): void {
  try {
    fs.linkSync(aside, file);
  } catch (e) {
    // Only a file under the name (another program's save) makes the copy aside redundant;
    // after any other failure it is all there is of the order.
    if (isErrno(e, 'EEXIST')) return removeQuietly(aside, fs);
    try {
      fs.renameSync(aside, file);
    } catch {
      // left aside: the next gendan puts it back
    }
    return;
  }
  removeQuietly(aside, fs);
}

function removeQuietly(path: string, fs: EditFs): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // gone already
  }
}

/** Create `file` with `bytes`; refuses (exit 2) when it exists. */
export function createFile(file: string, bytes: Buffer, display: string, fs: EditFs = nodeFs): void {
  const tmp = writeTemp(file, bytes, { mode: 0o666 & ~process.umask() }, display, fs);
  try {
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      // Without hard links (some network and FAT folders): check, then rename.
      if (!isErrno(e, ...NO_LINKS)) throw e;
      if (exists(file, fs)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      fs.renameSync(tmp, file);
    }
  } catch (e) {
    cleanup(tmp, undefined, fs);
    if (isErrno(e, 'EEXIST')) throw userError('edit/exists', { file: display });
    throw ioFailure(display, e);
  }
  cleanup(tmp, undefined, fs);
  syncDir(dirname(file), fs);
}

function exists(file: string, fs: EditFs): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch {
    return false;
  }
}

export interface NewFile {
  path: string;
  bytes: Buffer;
  display: string;
}

/**
 * Create many new files (`gendan import orders`), each as createFile makes one — a whole
 * temp file, synced, then linked to its name, never over an existing file — but with the
 * syncs running side by side (a disk syncs many files in about the time of one) and each
 * folder synced once at the end. Returns, per file, undefined when made, else why not;
 * one failure does not stop the others.
 */
export async function createFiles(files: NewFile[], concurrency = 16): Promise<(UserError | undefined)[]> {
  const results: (UserError | undefined)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await createOne(files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  for (const dir of new Set(files.filter((_, i) => !results[i]).map((f) => dirname(f.path)))) syncDir(dir, nodeFs);
  return results;
}

async function createOne(f: NewFile): Promise<UserError | undefined> {
  const tmp = tempPath(f.path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', 0o666 & ~process.umask());
    await handle.writeFile(f.bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (e) {
    await handle?.close().catch(() => {});
    cleanup(tmp, undefined, nodeFs);
    return ioFailure(f.display, e);
  }
  try {
    try {
      nodeFs.linkSync(tmp, f.path);
    } catch (e) {
      if (!isErrno(e, ...NO_LINKS)) throw e;
      if (exists(f.path, nodeFs)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      nodeFs.renameSync(tmp, f.path);
    }
  } catch (e) {
    cleanup(tmp, undefined, nodeFs);
    return isErrno(e, 'EEXIST') ? userError('edit/exists', { file: f.display }) : ioFailure(f.display, e);
  }
  cleanup(tmp, undefined, nodeFs);
  return undefined;
}

/** Write an output file (`-o FILE`) atomically: replace it when it exists, else create it. */
export function writeOutput(file: string, bytes: Buffer, display: string, fs: EditFs = nodeFs): void {
  if (exists(file, fs)) replaceFile(file, bytes, display, fs);
  else createFile(file, bytes, display, fs);
}
