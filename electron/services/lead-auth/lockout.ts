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

/** Whole seconds left on a lock (rounded up so the UI never says 0 while still locked). */
export function retryAfterSeconds(state: LockoutState, now: Date): number {
  if (state.lockedUntil === null) return 0;
  const left = Date.parse(state.lockedUntil) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
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
