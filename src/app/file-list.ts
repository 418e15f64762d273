// The files a command works on: path, displayed path, and why a path cannot be read at
// all. A list given to worker threads moves to shared memory (UTF-8 bytes and their
// offsets): they read their batches from it, and no thread holds 100,000 pairs of strings.
import type { Msg } from '../model/problem.js';

export type FileItem = [path: string, display: string, error?: Msg];

/** What a worker gets to read the list (structured-clonable, shared). */
export interface SharedList {
  bytes: SharedArrayBuffer;
  ends: SharedArrayBuffer;
}

/** Two passes over the items (sizes, then bytes), so no copy of them all is made. */
function encode(items: readonly FileItem[]): SharedList {
  const ends = new Int32Array(new SharedArrayBuffer(items.length * 12));
  const errors = items.map(([, , error]) => (error ? JSON.stringify(error) : ''));
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const [path, display] = items[i]!;
    ends[3 * i] = total += Buffer.byteLength(path);
    ends[3 * i + 1] = total += Buffer.byteLength(display);
    ends[3 * i + 2] = total += Buffer.byteLength(errors[i]!);
  }
  const view = Buffer.from(new SharedArrayBuffer(total));
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const [path, display] = items[i]!;
    at += view.write(path, at);
    at += view.write(display, at);
    if (errors[i]) at += view.write(errors[i]!, at);
  }
  return { bytes: view.buffer, ends: ends.buffer };
}

export class FileList {
  readonly length: number;
  private items?: FileItem[];
  private shared?: SharedList;
  private ends?: Int32Array;
  private bytes?: Buffer;

  /** `length` items, each made once by `item(i)`; a shared list, as a worker gets it. */
  constructor(source: { length: number; item: (i: number) => FileItem } | SharedList) {
    if ('item' in source) {
      this.length = source.length;
      this.items = Array.from({ length: source.length }, (_, i) => source.item(i));
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
    if (!this.shared) this.use(encode(this.items!));
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
