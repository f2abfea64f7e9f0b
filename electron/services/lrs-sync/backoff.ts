export interface RetryPolicy {
  /** The first wait after a failure. */
  baseMs: number;
  /** No wait is ever longer than this (a device offline for weeks still tries now and then). */
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": the wait doubles with each failure in a row, up to
 * the cap, and a random half of it is added on top of the other half, so many devices coming
 * back online after an LRS outage do not all retry in the same second. `random` is injectable
 * so tests choose the jitter.
 */
export function retryDelay(failures: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + half * Math.min(Math.max(random(), 0), 1));
}
