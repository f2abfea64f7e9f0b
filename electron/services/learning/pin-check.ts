import { isValidPin, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../common/learning/learner-pin';
import { DomainError } from '../errors';
import {
  afterFailure,
  MAX_ATTEMPTS_BEFORE_LOCK,
  NO_LOCKOUT,
  retryAfterSeconds,
} from '../lead-auth/lockout';
import { hashSecret, verifySecret, type ScryptParams } from '../lead-auth/scrypt-hash';
import type { LearnerPin } from './progress-schema';

/** A PIN of the wrong shape, told in the learner's language (the forms check it first too). */
export function assertPinShape(pin: string): void {
  if (!isValidPin(pin)) {
    throw new DomainError('learning-pin-format', 'errors.learning.pinFormat', {
      min: PIN_MIN_DIGITS,
      max: PIN_MAX_DIGITS,
    });
  }
}

export async function newPin(pin: string, params: ScryptParams): Promise<LearnerPin> {
  assertPinShape(pin);
  return { hash: await hashSecret(pin, params), lockout: NO_LOCKOUT };
}

export type PinOutcome =
  | { ok: true; pin: LearnerPin }
  /** `pin` carries the counted failure, to be saved before `error` is thrown. */
  | { ok: false; pin: LearnerPin; error: DomainError };

/**
 * Checks a PIN against the learner's stored hash, with the lead passphrase's own lockout rule:
 * five wrong tries pause resuming for 30 s, and each wrong try after a pause doubles it (up to
 * an hour), so guessing even a four-digit PIN takes far longer than anyone stands at a screen.
 * A correct PIN clears the count.
 */
export async function checkPin(stored: LearnerPin, pin: string, now: Date): Promise<PinOutcome> {
  const waitBefore = retryAfterSeconds(stored.lockout, now);
  if (waitBefore > 0) return { ok: false, pin: stored, error: locked(waitBefore) };
  if (isValidPin(pin) && (await verifySecret(pin, stored.hash))) {
    return { ok: true, pin: { ...stored, lockout: NO_LOCKOUT } };
  }
  const lockout = afterFailure(stored.lockout, now);
  const counted = { ...stored, lockout };
  const wait = retryAfterSeconds(lockout, now);
  if (wait > 0) return { ok: false, pin: counted, error: locked(wait) };
  return {
    ok: false,
    pin: counted,
    error: new DomainError('learning-wrong-pin', 'errors.learning.wrongPin', {
      attemptsLeft: MAX_ATTEMPTS_BEFORE_LOCK - lockout.failedAttempts,
    }),
  };
}

function locked(retryAfter: number): DomainError {
  return new DomainError('learning-pin-locked', 'errors.learning.pinLocked', {
    retryAfterSeconds: retryAfter,
  });
}
