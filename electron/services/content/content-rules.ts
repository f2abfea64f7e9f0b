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

/** Every question step offers at least this many options, so guessing pays less. */
export const MIN_OPTIONS_PER_STEP = 4;
/** A step where the learner chooses several options has at least this many best options. */
export const MIN_BEST_OPTIONS_MULTI_ANSWER = 2;

/**
 * How far above chance the share of single-answer steps whose best option is the longest (or the
 * shortest) may go, per locale across the whole course. Chance is the mean of 1 / (number of
 * options) over those steps: 0.25 when every step has four. With about 100 steps, 0.10 is roughly
 * two standard deviations of what chance alone would give, so a course over the limit is teaching
 * "pick the longest" (or "the shortest") rather than being unlucky.
 */
export const BEST_ANSWER_LENGTH_TOLERANCE = 0.1;

/** A DO or DO NOT item is read at a glance: at most this many characters, in every locale. */
export const MAX_GUIDANCE_ITEM_CHARACTERS = 200;

/**
 * The house voice for DO NOT items, per locale: how each must begin, and wording it must not use.
 * en-GB says "Do not" (or "Never"), never the contraction "Don't"; Welsh says "Peidiwch".
 */
export const DO_NOT_VOICE: Record<Locale, { openings: readonly string[]; banned?: RegExp }> = {
  'en-GB': { openings: ['Do not ', 'Never '], banned: /\bdon['’]t\b/i },
  cy: { openings: ['Peidiwch '] },
};

/**
 * Two DO / DO NOT items say the same thing, and should be merged, when their meaningful words
 * (lower case, accents folded, function words dropped) overlap by either measure: Jaccard (shared
 * / all words) at least NEAR_DUPLICATE_JACCARD, or the shorter item's words nearly all found in
 * the longer (shared / shorter item's words at least NEAR_DUPLICATE_CONTAINMENT, counted only
 * when the shorter item has NEAR_DUPLICATE_MIN_WORDS or more, so a short item is not swallowed).
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;
export const NEAR_DUPLICATE_CONTAINMENT = 0.8;
export const NEAR_DUPLICATE_MIN_WORDS = 5;

/**
 * Prompts that ask the learner to choose several options, in any locale: such a step must be a
 * multi-answer step, or the learner is asked for several answers but can give only one.
 */
export const CHOOSE_SEVERAL_PATTERNS: readonly RegExp[] = [
  /\b(choose|select|tick|pick|mark)\s+(all|every|each|any)\b/i,
  /\ball\s+(that|which)\s+apply\b/i,
  /\b(choose|select|tick|pick)\s+(two|three|four|2|3|4)\b/i,
  /\b(dewiswch|ticiwch|nodwch)\s+(bob|pob|yr\s+holl|unrhyw|ddau|dau|dwy|dri|tri|tair|pedwar|pedair)\b/i,
];
