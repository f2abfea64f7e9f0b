import type { Locale } from '../../../common/content/content-schema';

/**
 * How much two short texts say the same thing, by the words they share: enough to catch a DO
 * written twice in different modules, not a judge of meaning.
 */

/** Words that carry no meaning of their own, dropped before comparing (per locale). */
const FUNCTION_WORDS: Record<Locale, ReadonlySet<string>> = {
  'en-GB': new Set(
    'a an and any are as at be by do does for from has have if in is it its not of on or so that the their them they this to with you your never don t s'.split(
      ' ',
    ),
  ),
  cy: new Set(
    "a ac ag am ar at eich ei eu fel gan gyda i mae na nac neu o oes os peidiwch byth r sy sydd y yn yr 'r chi ch".split(
      ' ',
    ),
  ),
};

/**
 * The set of meaningful words in a text: lower case, accents folded (so "â" matches "a"),
 * placeholders read as their name, function words dropped.
 */
export function meaningfulWords(text: string, locale: Locale): Set<string> {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => !FUNCTION_WORDS[locale].has(word)));
}

export interface Overlap {
  /** Shared words / all words (Jaccard similarity), 0–1. */
  jaccard: number;
  /** Shared words / words of the shorter text (overlap coefficient), 0–1. */
  containment: number;
  /** Meaningful words in the shorter text. */
  shorter: number;
}

export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  const shorter = Math.min(a.size, b.size);
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: shorter === 0 ? 0 : shared / shorter,
    shorter,
  };
}
