// Wait for a file another program is still writing to settle. An editor that saves in
// place truncates the file and writes it in pieces; reading in between gives half a file.
// A file modified less than FRESH_MS ago is watched: once size, time and inode have stayed
// the same for QUIET_MS it is taken as settled; if it keeps changing for GIVE_UP_MS the
// edit is refused (exit 1, nothing written).
import type { BigIntStats } from 'node:fs';
import { userError } from '../model/errors.js';
import { ioFailure, type EditFs } from './fs.js';

const FRESH_MS = 1000;
const QUIET_MS = 60;
const GIVE_UP_MS = 3000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => void Atomics.wait(pause, 0, 0, ms);

function stat(file: string, display: string, fs: EditFs): BigIntStats {
  try {
    return fs.statSync(file, { bigint: true });
  } catch (e) {
    throw ioFailure(display, e);
  }
}

const same = (a: BigIntStats, b: BigIntStats) => a.size === b.size && a.mtimeNs === b.mtimeNs && a.ino === b.ino;

/** The file's stat once it is settled. */
export function settled(file: string, display: string, fs: EditFs, now: () => number = Date.now): BigIntStats {
  const start = now();
  let last = stat(file, display, fs);
  for (;;) {
    const age = now() - Number(last.mtimeMs);
    if (age >= FRESH_MS || age < -FRESH_MS) return last;
    if (now() - start > GIVE_UP_MS) throw userError('edit/busy', { file: display }, 1);
    sleep(QUIET_MS);
    const again = stat(file, display, fs);
    if (same(again, last)) return again;
    last = again;
  }
}
