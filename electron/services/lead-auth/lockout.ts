import { z } from 'zod';

export const MAX_ATTEMPTS_BEFORE_LOCK = 5;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 60 * 60;

export const lockoutStateSchema = z.object({
  /** Wrong attempts since the last success or the last lock. */
  failedAttempts: z.number().int().min(0),
  /** How many times the area has locked since the last success; each lock doubles the wait. */
  lockouts: z.number().int().min(0),
  lockedUntil: z.iso.datetime({ offset: false }).nullable(),
});
export type LockoutState = z.infer<typeof lockoutStateSchema>;

export const NO_LOCKOUT: LockoutState = { failedAttempts: 0, lockouts: 0, lockedUntil: null };

/**
 * Whole seconds left on a lock (rounded up so the UI never says 0 while still locked). A lock
 * ending further off than its own length was set while the clock ran fast and has since been put
 * right: it is over, or a lead (or learner) would be kept out for as long as the clock was wrong,
 * a year for a wrong year. Moving the clock on already ends any lock, so this gives nothing away.
 */
export function retryAfterSeconds(state: LockoutState, now: Date): number {
  if (state.lockedUntil === null) return 0;
  const left = Date.parse(state.lockedUntil) - now.getTime();
  const longest = lockSecondsFor(state.lockouts) * 1000;
  return left > 0 && left <= longest ? Math.ceil(left / 1000) : 0;
}

export function lockSecondsFor(lockouts: number): number {
  return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.max(0, lockouts - 1), MAX_LOCK_SECONDS);
}

/**
 * Five wrong attempts lock the area for 30 s. Once it has locked, each further wrong attempt
 * after the lock ends locks it again for twice as long (capped at an hour), so guessing stays
 * slow however long someone keeps trying. Only a correct passphrase or code starts afresh.
 */
export function afterFailure(state: LockoutState, now: Date): LockoutState {
  const failedAttempts = state.failedAttempts + 1;
  const threshold = state.lockouts > 0 ? 1 : MAX_ATTEMPTS_BEFORE_LOCK;
  if (failedAttempts < threshold) return { ...state, failedAttempts, lockedUntil: null };
  const lockouts = state.lockouts + 1;
  const until = new Date(now.getTime() + lockSecondsFor(lockouts) * 1000);
  return { failedAttempts: 0, lockouts, lockedUntil: until.toISOString() };
}
