// THE one place that changes order files. Under the file's lock: read it, refuse if it does
// not parse, let the caller plan operations on the loaded order, apply them as minimal text
// splices, verify the result, refuse if the file changed meanwhile, then write atomically.
import { parseData } from '../load/parse.js';
import { orderFromText, type OrderFile } from '../load/order-file.js';
import { MAX_BYTES } from '../load/read.js';
import { UserError, userError } from '../model/errors.js';
import { applyOps, EditBug } from './apply.js';
import { ioFailure, nodeFs, type EditFs } from './fs.js';
import { acquireLock, DEFAULT_WAIT_MS, sweepGuard } from './lock.js';
import type { Op } from './ops.js';
import { replaceFile, sweepTemps } from './write.js';

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
    real = fs.realpathSync(path);
  } catch (e) {
    throw ioFailure(display, e);
  }
  const release = acquireLock(real, display, opts.lockWaitMs ?? DEFAULT_WAIT_MS, fs);
  try {
    sweepTemps(real, fs);
    sweepGuard(real, fs);
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
    if (!readBytes(real, display, fs).equals(bytes)) throw userError('edit/changed', { file: display }, 1);
    replaceFile(real, Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(next, 'utf8')]), display, fs);
    return { result, changed: true };
  } finally {
    release();
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
