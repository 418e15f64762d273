// Keeping many small results small. What a report keeps of each of 100,000 orders comes
// back from worker threads as fresh copies, so the same word ('tell', 'shipped', a
// message id, a customer's name) is held once per order; and what this thread made
// itself may be a slice of the file's text, which keeps the whole text alive. A Strings
// pool gives every repeated string one copy, made afresh from its characters.

/** Fields whose values differ for every order: copied when needed, not pooled. */
const UNIQUE = new Set(['order', 'file']);

/** Strings this long or longer may be slices of a larger string (V8 makes none shorter). */
const SLICE_MIN = 13;

/** A string that holds only its own characters. */
export const own = (s: string): string => (s.length < SLICE_MIN ? s : Buffer.from(s, 'utf8').toString('utf8'));

export class Strings {
  private readonly pool = new Map<string, string>();

  /**
   * `value` with each string replaced by the pooled copy (objects and arrays are changed
   * in place). `sliced`: the strings may be slices of larger ones (made in this thread).
   */
  compact<T>(value: T, sliced: boolean): T {
    return this.walk(value, sliced, false) as T;
  }

  private walk(v: unknown, sliced: boolean, unique: boolean): unknown {
    if (typeof v === 'string') {
      if (unique) return sliced ? own(v) : v;
      let s = this.pool.get(v);
      if (s === undefined) this.pool.set((s = sliced ? own(v) : v), s);
      return s;
    }
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = this.walk(v[i], sliced, false);
      return v;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = this.walk(o[k], sliced, UNIQUE.has(k));
    return o;
  }
}
