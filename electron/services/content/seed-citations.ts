import { normaliseText } from './seed-fingerprint';

/**
 * Content cites the seed section it draws on by the section's own heading (a `section` field), and
 * notes repeat those headings. Naming a section is citing, not copying, so the copied-text rule
 * skips word runs that start inside a cited heading. Only short headings count, so a sentence
 * pasted into a `section` field is still caught.
 */
export const MAX_CITATION_WORDS = 16;

/** Cited headings as lower-case word lists, grouped by their first word for a quick lookup. */
export type CitationIndex = ReadonlyMap<string, readonly string[][]>;

/** Every `section` string anywhere in a parsed content JSON file. */
export function sectionNames(json: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(json)) {
    for (const item of json) sectionNames(item, found);
  } else if (typeof json === 'object' && json !== null) {
    for (const [key, value] of Object.entries(json)) {
      if (key === 'section' && typeof value === 'string') found.add(value);
      else sectionNames(value, found);
    }
  }
  return found;
}

export function citationIndex(sections: Iterable<string>): CitationIndex {
  const index = new Map<string, string[][]>();
  for (const section of sections) {
    const words = normaliseText(section).split(' ');
    const first = words[0];
    if (first === undefined || first === '' || words.length > MAX_CITATION_WORDS) continue;
    index.set(first, [...(index.get(first) ?? []), words]);
  }
  return index;
}

/** For each word of a text (lower-cased), whether it is part of a cited heading. */
export function citedWords(lower: readonly string[], index: CitationIndex): boolean[] {
  const cited = new Array<boolean>(lower.length).fill(false);
  lower.forEach((word, at) => {
    for (const heading of index.get(word) ?? []) {
      if (heading.every((part, k) => lower[at + k] === part)) {
        cited.fill(true, at, at + heading.length);
      }
    }
  });
  return cited;
}
