import { type ContentPack, type PlaceholderName } from '../../../common/content/content-schema';
import {
  isPlaceholderName,
  PLACEHOLDER_TOKEN as TOKEN,
} from '../../../common/content/placeholder-tokens';
import { mapText } from './text-fields';

export { placeholderProblems } from '../../../common/content/placeholder-tokens';

/** The organisation's own values from settings; any may be unset. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string | number | null>>;
/**
 * What to show when a value is unset, already translated by the caller (for example "your
 * e-safety lead"), so a learner never reads a sentence with a hole in it.
 */
export type PlaceholderFallbacks = Record<PlaceholderName, string>;

/**
 * Replaces every known `{{name}}` in one pass, so a value that itself contains braces is never
 * expanded again. Unknown names and stray braces are left as written (the content check reports
 * them before they can ship).
 */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
  fallbacks: PlaceholderFallbacks,
): string {
  return text.replace(TOKEN, (token, name: string) => {
    if (!isPlaceholderName(name)) return token;
    const value = values[name];
    const shown = value === null || value === undefined ? '' : String(value).trim();
    return shown === '' ? fallbacks[name] : shown;
  });
}

/** A copy of the pack with placeholders filled in every human text field (titles, options...). */
export function fillPack(
  pack: ContentPack,
  values: PlaceholderValues,
  fallbacks: PlaceholderFallbacks,
): ContentPack {
  return {
    ...mapText(pack, (text) => fillPlaceholders(text, values, fallbacks)),
    locale: pack.locale,
    // Clause ids are structure: a clause id key must never be taken for text.
    ...(pack.tailoring
      ? {
          tailoring: {
            ...mapText(pack.tailoring, (text) => fillPlaceholders(text, values, fallbacks)),
            clauseLanguages: pack.tailoring.clauseLanguages,
            requirements: pack.tailoring.requirements,
          },
        }
      : {}),
  };
}
