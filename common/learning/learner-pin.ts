/**
 * The PIN a learner chooses when they start, so that only they can resume their training on a
 * shared device. One rule for the start and resume forms and for main, which checks it again.
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

const PIN_PATTERN = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

/** Digits only (0–9, as typed on any keyboard), between the shortest and longest allowed. */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}
