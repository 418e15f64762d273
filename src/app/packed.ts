// Many small values kept as JSON in UTF-8, in large shared chunks, and read back one at a
// time. The morning page of 100,000 orders keeps ~45,000 entries until it is sorted and
// written: as objects they took ~60 MB of the heap (and V8 grew it to half as much again),
// as bytes about a third of that, outside the heap.

const CHUNK = 1 << 20;

export class Packed<T> {
  private readonly chunks: Buffer[] = [];
  /** Per value: its chunk, start and end. */
  private readonly where: number[] = [];
  private used = CHUNK;

  get length(): number {
    return this.where.length / 3;
  }

  /** Keep `value` (JSON data); returns its index. */
  add(value: T): number {
    return this.addJson(JSON.stringify(value));
  }

  /** Keep a value already made JSON (by a worker thread, say); returns its index. */
  addJson(json: string): number {
    const size = Buffer.byteLength(json);
    if (this.used + size > CHUNK) {
      this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK, size)));
      this.used = 0;
    }
    const chunk = this.chunks.length - 1;
    this.chunks[chunk]!.write(json, this.used);
    this.where.push(chunk, this.used, this.used + size);
    this.used += size;
    return this.where.length / 3 - 1;
  }

  /** A fresh copy of the value at `index`. */
  get(index: number): T {
    const w = this.where;
    return JSON.parse(this.chunks[w[3 * index]!]!.toString('utf8', w[3 * index + 1], w[3 * index + 2])) as T;
  }
}
