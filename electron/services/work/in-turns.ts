import { nextTurn, TURN_MS } from '../ledger/main-turns';

/**
 * Long work on main written once as a generator that yields wherever it may pause, then run
 * either at once (a small ledger, a test) or in turns of a few milliseconds with the event loop
 * free in between, so main keeps answering IPC calls while 100,000 records are worked through.
 */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps a turn at a time (see ledger/main-turns.ts for how long a turn may run). The
 * time is checked after every step, since steps vary from one record to a few hundred.
 */
export async function runInTurns<T>(steps: Steps<T>, turnMs = TURN_MS): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= turnMs) {
      await nextTurn();
      started = performance.now();
    }
  }
}

/** Items merged or sorted between pauses: a few hundred microseconds of work. */
const RUN = 256;

/**
 * A sorted copy, made by a merge sort that pauses every few hundred items; the order is the same
 * as `[...items].sort(compare)` (both are stable).
 */
export function* sortedInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Steps<T[]> {
  const n = items.length;
  let from: T[] = new Array<T>(n);
  for (let start = 0; start < n; start += RUN) {
    const run = items.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i += 1) from[start + i] = run[i]!;
    yield;
  }
  let to: T[] = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      for (let k = low; k < high; k += 1) {
        // Ties take the left run first, which keeps the sort stable.
        if (i < middle && (j >= high || compare(from[i]!, from[j]!) <= 0)) to[k] = from[i++]!;
        else to[k] = from[j++]!;
        if ((k & (RUN * 4 - 1)) === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
