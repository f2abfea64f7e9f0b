import {
  PLACEHOLDERS,
  type ContentPack,
  type PlaceholderName,
} from '../../../common/content/content-schema';
import { mapText } from './text-fields';

/** The organisation's own values from settings; any may be unset. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string | number | null>>;
/**
 * What to show when a value is unset, already translated by the caller (for example "your
 * e-safety lead"), so a learner never reads a sentence with a hole in it.
 */
export type PlaceholderFallbacks = Record<PlaceholderName, string>;

/** A well-formed placeholder: exactly `{{name}}`, no spaces. */
const TOKEN = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

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
  };
}

/** What is wrong with the placeholders in one text, if anything (for the content check). */
export function placeholderProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    if (!isPlaceholderName(name)) {
      problems.push(`unknown placeholder {{${name}}}; use one of ${PLACEHOLDERS.join(', ')}`);
    }
  }
  const leftover = text.replace(TOKEN, '');
  const stray = /[{}]/.exec(leftover);
  if (stray) {
    const near = leftover.slice(Math.max(0, stray.index - 15), stray.index + 15);
    problems.push(`malformed placeholder braces near "${near}"; write placeholders as {{orgName}}`);
  }
  return problems;
}
