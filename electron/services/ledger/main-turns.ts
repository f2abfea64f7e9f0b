/**
 * Work on 100,000 entries is done in main a slice at a time, so that main answers other calls
 * in between: each slice stays well inside the 50 ms main may stall.
 */

/** How long one slice may run before main lets other calls in. */
export const TURN_MS = 8;

/** Lets whatever is waiting run (IPC calls, I/O callbacks), then carries on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A clock for work done item by item: `pause(i)` hands the turn over once a slice's time has
 * run out, checked every 64 items: often enough that parsing (about 25 µs an entry) overruns a
 * turn by under 2 ms, seldom enough that the clock costs next to nothing.
 */
export function sliceClock(): { pause: (item: number) => Promise<void> | null } {
  let started = performance.now();
  return {
    pause(item) {
      if ((item & 0x3f) !== 0 || performance.now() - started < TURN_MS) return null;
      return nextTurn().then(() => {
        started = performance.now();
      });
    },
  };
}
