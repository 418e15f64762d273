// A small seeded random source (mulberry32) and date helpers, so that the same seed always
// gives the same workspace, byte for byte.

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** Pick a key of {key: weight}. */
    weighted(weights) {
      const total = Object.values(weights).reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (const [k, w] of Object.entries(weights)) if ((r -= w) < 0) return k;
      return Object.keys(weights)[0];
    },
  };
}

const DAY = 86_400_000;

/** 'YYYY-MM-DD' → days since 1970-01-01 (UTC). */
export function toDays(date) {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function fromDays(days) {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

export function pad(n, width) {
  return String(n).padStart(width, '0');
}
