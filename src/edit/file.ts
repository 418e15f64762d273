// THE one place that changes order files. Under the file's lock: read it, refuse if it does
// not parse, let the caller plan operations on the loaded order, apply them as minimal text
// splices, verify the result, then write atomically — never over another program's save.
import { dirname } from 'node:path';
import { bringBack, listFolder, sweepAsides } from '../load/aside.js';
import { parseData } from '../load/parse.js';
import { orderFromText, type OrderFile } from '../load/order-file.js';
import { MAX_BYTES } from '../load/read.js';
import { UserError, userError } from '../model/errors.js';
import { applyOps, EditBug } from './apply.js';
import { ioFailure, isErrno, nodeFs, type EditFs } from './fs.js';
import { acquireLock, DEFAULT_WAIT_MS, sweepGuard } from './lock.js';
import type { Op } from './ops.js';
import { replaceFile, sweepTemps } from './write.js';
import { settled } from './settle.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface Plan<T> {
  ops: Op[];
  result: T;
}

export interface EditOptions {
  fs?: EditFs;
  /** How long to wait for another gendan's lock on the file. */
  lockWaitMs?: number;
}

export interface Edited<T> {
  result: T;
  changed: boolean;
}

export function editOrderFile<T>(path: string, display: string, plan: (file: OrderFile) => Plan<T>, opts: EditOptions = {}): Edited<T> {
  const fs = opts.fs ?? nodeFs;
  let real: string;
  try {
    real = realPath(path, fs);
  } catch (e) {
    throw ioFailure(display, e);
  }
  const release = acquireLock(real, display, opts.lockWaitMs ?? DEFAULT_WAIT_MS, fs);
  try {
    const names = listFolder(dirname(real)); // one listing for both sweeps
    sweepTemps(real, fs, names);
    sweepAsides(real, fs, names);
    sweepGuard(real, fs);
    // An editor saving in place (truncate, then write in pieces) leaves a fresh, changing
    // file: wait until it has been still for a moment, then read.
    const before = settled(real, display, fs);
    const bytes = readBytes(real, display, fs);
    const bom = bytes.subarray(0, 3).equals(BOM);
    const text = decode(bytes.subarray(bom ? 3 : 0), display);
    const file = orderFromText(path, display, text);
    const broken = file.findings.find((f) => f.rule === 'file' || f.rule === 'yaml-syntax');
    if (broken) {
      const at = file.locate(broken.where);
      throw userError('edit/unparsable', { file: display, line: at.line, column: at.column, detail: broken.msg }, 1);
    }
    if (!file.order) throw userError('edit/not-order', { file: display }, 1);
    // A file missing a required key is most likely half-written by another program.
    const missing = file.findings.find((f) => f.rule === 'schema' && /^schema\/required/.test(f.msg.id));
    if (missing) {
      const at = file.locate(missing.where);
      throw userError('edit/incomplete', { file: display, line: at.line, column: at.column, detail: missing.msg }, 1);
    }
    const { ops, result } = plan(file);
    if (ops.length === 0) return { result, changed: false };
    let next: string;
    try {
      next = applyOps(text, parseData(text).data, ops).text;
    } catch (e) {
      if (e instanceof EditBug) throw userError('edit/bug', { file: display, detail: e.message });
      throw e;
    }
    if (next === text) return { result, changed: false };
    const out = Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(next, 'utf8')]);
    if (out.length > MAX_BYTES) throw userError('edit/too-large', { file: display, size: out.length, max: MAX_BYTES }, 1);
    // The last comparisons come after the new content is written and synced, around the
    // moment it takes the name: a save by another program is never overwritten.
    const same = (at: string): boolean => {
      try {
        return readBytes(at, display, fs).equals(bytes) && sameFile(before, at, fs);
      } catch {
        return false;
      }
    };
    replaceFile(real, out, display, fs, same);
    return { result, changed: true };
  } finally {
    release();
  }
}

/** The file's real path; an order a killed gendan left aside is put back first. */
function realPath(path: string, fs: EditFs): string {
  try {
    return fs.realpathSync(path);
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
    bringBack(path, fs);
    return fs.realpathSync(path);
  }
}

/** Size, modification time and inode as they were when the file was read. */
function sameFile(before: ReturnType<typeof settled>, file: string, fs: EditFs): boolean {
  try {
    const now = fs.statSync(file, { bigint: true });
    return now.size === before.size && now.mtimeNs === before.mtimeNs && now.ino === before.ino;
  } catch {
    return false;
  }
}

function readBytes(file: string, display: string, fs: EditFs): Buffer {
  let bytes: Buffer;
  try {
    // A pipe blocks and a device never ends: only a regular file is read.
    if (!fs.statSync(file).isFile()) throw userError('edit/unparsable', { file: display, line: 1, column: 1, detail: { id: 'file/not-regular' } }, 1);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw ioFailure(display, e);
  }
  if (bytes.length > MAX_BYTES) throw userError('edit/unparsable', { file: display, line: 1, column: 1, detail: { id: 'file/too-large', args: { size: `${bytes.length} B`, max: '1 MiB' } } }, 1);
  return bytes;
}

function decode(bytes: Buffer, display: string): string {
  const bad = { file: display, line: 1, column: 1 };
  if (bytes.includes(0)) throw userError('edit/unparsable', { ...bad, detail: { id: 'file/binary' } }, 1);
  try {
    return decoder.decode(bytes);
  } catch {
    throw userError('edit/unparsable', { ...bad, detail: { id: 'file/not-utf8' } }, 1);
  }
}
