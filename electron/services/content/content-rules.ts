import type { Locale } from '../../../common/content/content-schema';

/**
 * Editorial limits the content must meet. Named here so the check, the tests and anyone tuning
 * the course agree on one number.
 */
export const MIN_SCENARIOS_PER_MODULE = 3;
export const MAX_SCENARIOS_PER_MODULE = 6;
/** The whole course (per locale) must offer at least this many scenarios. */
export const MIN_SCENARIOS_TOTAL = 40;
/** Scenarios per module with two or more steps joined by `next`. */
export const MIN_BRANCHING_SCENARIOS_PER_MODULE = 2;
/** The locale every other locale is a translation of. */
export const REFERENCE_LOCALE: Locale = 'en-GB';
