/**
 * Deterministic shuffling, so an attempt's question order can be rebuilt from its seed and a test
 * can name the order it expects. Not for anything secret: it only varies the order of questions.
 */

/** A 32-bit seed from any string (FNV-1a), so a session or attempt id can seed the order. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to spread question orders evenly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array and leaves `items` alone. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A shuffled order that differs from `previous` whenever it can, so a retake never presents the
 * questions exactly as last time (with three questions a plain shuffle repeats one time in six).
 */
export function newOrder<T>(items: readonly T[], seed: number, previous?: readonly T[]): T[] {
  const shuffled = seededShuffle(items, seed);
  if (!previous || shuffled.length < 2 || !sameOrder(shuffled, previous)) return shuffled;
  return [...shuffled.slice(1), shuffled[0] as T];
}

function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
