/**
 * Splits text into characters as people see them (a letter with its accents, a whole emoji
 * sequence), never into UTF-16 units: what a length counts and where text may be cut.
 */
export const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The characters of `text`, as people see them (see `GRAPHEMES`). */
export function graphemesOf(text: string): string[] {
  return Array.from(GRAPHEMES.segment(text), ({ segment }) => segment);
}
