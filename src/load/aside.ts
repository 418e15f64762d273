// An order set aside while gendan replaces it. To replace an order without overwriting a
// save another program makes at that moment, gendan moves the order to
// `.NAME.PID.HEX.aside`, links its new content to NAME — which fails when another program
// saved a file there meanwhile — and then compares what it moved aside with what it read
// (src/edit/write.ts). A gendan killed between the move and the link leaves the order only
// under the aside name for a moment; the next gendan that lists or edits it puts it back.
// The names of what gendan makes beside an order (temporary files too) are made here.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { alive } from '../util/alive.js';
import { tag } from '../util/tag.js';

export type AsideFs = Pick<typeof nodeFs, 'linkSync' | 'unlinkSync'>;

const ASIDE = /^\.(.+)\.(\d+)\.[0-9a-f]+\.aside$/;

/** A new name beside `file` for this process: `.NAME.PID.HEX.<kind>`. */
export function besidePath(file: string, kind: 'tmp' | 'aside'): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${tag()}.${kind}`);
}

/**
 * What gendans left next to `file`, named `.NAME.PID.HEX.<kind>` (`tmp`: a temporary file,
 * `aside`: the order set aside), with the pid of the gendan that made each.
 */
export function leftBeside(file: string, kind: 'tmp' | 'aside', names: readonly string[] = listFolder(dirname(file))): { path: string; pid: number }[] {
  const base = basename(file);
  const pattern = new RegExp(`^\\.(\\d+)\\.[0-9a-f]+\\.${kind}$`);
  const out: { path: string; pid: number }[] = [];
  for (const name of names) {
    if (!name.startsWith(`.${base}.`)) continue;
    const m = pattern.exec(name.slice(base.length + 1));
    if (m) out.push({ path: join(dirname(file), name), pid: Number(m[1]) });
  }
  return out;
}

/** The order files of a folder that are only aside now (`names` is the folder's listing). */
export function missingAside(dir: string, names: readonly string[]): string[] {
  const present = new Set(names);
  const out = new Set<string>();
  for (const name of names) {
    const m = ASIDE.exec(name);
    if (m && !present.has(m[1]!)) out.add(join(dir, m[1]!));
  }
  return [...out];
}

/** The names in `dir`, none when it cannot be read. */
export function listFolder(dir: string): string[] {
  try {
    return nodeFs.readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Put back what killed gendans left aside of `file`, and remove their copies once the file
 * is in place. A copy whose gendan is alive is that gendan's to finish. Returns whether a
 * live gendan still holds the file aside.
 */
export function sweepAsides(file: string, fs: AsideFs = nodeFs, names?: readonly string[]): boolean {
  let busy = false;
  for (const { path, pid } of leftBeside(file, 'aside', names)) {
    if (alive(pid)) {
      busy = true;
      continue;
    }
    try {
      fs.linkSync(path, file);
    } catch {
      // the file is in place (the newer content), or the folder is read-only
    }
    try {
      fs.unlinkSync(path);
    } catch {
      // gone already, or a read-only folder: the next writer removes it
    }
  }
  return busy;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * When `file` is missing but set aside: put it back if its gendan was killed, or wait the
 * moment a live gendan needs to link the new content (microseconds; at most `waitMs`).
 */
export function bringBack(file: string, fs: AsideFs = nodeFs, waitMs = 1000): void {
  const until = Date.now() + waitMs;
  while (sweepAsides(file, fs) && !exists(file) && Date.now() < until) Atomics.wait(pause, 0, 0, 2);
}

function exists(file: string): boolean {
  try {
    nodeFs.statSync(file);
    return true;
  } catch {
    return false;
  }
}
