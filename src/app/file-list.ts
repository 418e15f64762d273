// The files a command works on: path, displayed path, and why a path cannot be read at
// all. A list for worker threads lives in shared memory (UTF-8 bytes and their offsets):
// they read their batches from it, and no thread holds 100,000 pairs of strings.
import type { Msg } from '../model/problem.js';

export type FileItem = [path: string, display: string, error?: Msg];

/** What a worker gets to read the list (structured-clonable, shared). */
export interface SharedList {
  bytes: SharedArrayBuffer;
  ends: SharedArrayBuffer;
}

/**
 * Lists this long or longer go to worker threads (parallel.ts), so they are kept in shared
 * memory from the start: 100,000 items as arrays and strings, kept until the workers were
 * started, outlived the collection after finding the files and grew the heap by ~20 MB.
 */
const SHARED_FROM = 20_000;

/** Each item made once; its strings are held only until they are written. */
function encode(length: number, item: (i: number) => FileItem): SharedList {
  const ends = new Int32Array(new SharedArrayBuffer(length * 12));
  const fields: string[] = new Array(length * 3);
  let total = 0;
  for (let i = 0; i < length; i++) {
    const [path, display, error] = item(i);
    fields[3 * i] = path;
    fields[3 * i + 1] = display;
    fields[3 * i + 2] = error ? JSON.stringify(error) : '';
    for (let k = 3 * i; k < 3 * i + 3; k++) ends[k] = total += Buffer.byteLength(fields[k]!);
  }
  const view = Buffer.from(new SharedArrayBuffer(total));
  let at = 0;
  for (const f of fields) if (f) at += view.write(f, at);
  return { bytes: view.buffer, ends: ends.buffer };
}

export class FileList {
  readonly length: number;
  private items?: FileItem[];
  private shared?: SharedList;
  private ends?: Int32Array;
  private bytes?: Buffer;

  /** `length` items, each made once by `item(i)`; or a shared list, as a worker gets it. */
  constructor(source: { length: number; item: (i: number) => FileItem } | SharedList) {
    if ('item' in source) {
      this.length = source.length;
      if (source.length < SHARED_FROM) this.items = Array.from({ length: source.length }, (_, i) => source.item(i));
      else this.use(encode(source.length, source.item));
    } else {
      this.length = source.ends.byteLength / 12;
      this.use(source);
    }
  }

  private use(shared: SharedList): void {
    this.shared = shared;
    this.ends = new Int32Array(shared.ends);
    this.bytes = Buffer.from(shared.bytes);
  }

  /** The list in shared memory, for workers; from then on this thread reads it there too. */
  share(): SharedList {
    if (!this.shared) {
      const items = this.items!;
      this.use(encode(items.length, (i) => items[i]!));
    }
    this.items = undefined;
    return this.shared!;
  }

  get(i: number): FileItem {
    if (this.items) return this.items[i]!;
    const ends = this.ends!;
    const field = (k: number) => this.bytes!.toString('utf8', k === 0 ? 0 : ends[k - 1], ends[k]);
    const error = field(3 * i + 2);
    return error ? [field(3 * i), field(3 * i + 1), JSON.parse(error) as Msg] : [field(3 * i), field(3 * i + 1)];
  }

  /** Items from `start` up to (not including) `end`. */
  slice(start: number, end: number): FileItem[] {
    const out: FileItem[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) out.push(this.get(i));
    return out;
  }
}
