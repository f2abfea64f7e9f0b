/**
 * How long a learner's screen may sit without any input before their training is saved and the
 * app returns to the welcome screen, so nobody's session stays open on a shared device. The
 * warning, with an "I'm still here" button, appears this long before the end.
 */
export const LEARNER_IDLE_TIMEOUT_MS = 10 * 60_000;
export const LEARNER_IDLE_WARNING_MS = 60_000;
