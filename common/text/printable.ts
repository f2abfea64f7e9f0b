import { PRINTABLE_RANGES } from './printable-code-points';

/** At most this many are named in a message; one is enough to find, more would be noise. */
const MAX_LISTED = 5;

function isPrintable(codePoint: number): boolean {
  // Binary search over [first, last] pairs, sorted and not overlapping.
  let low = 0;
  let high = PRINTABLE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = PRINTABLE_RANGES[middle * 2] ?? 0;
    const last = PRINTABLE_RANGES[middle * 2 + 1] ?? -1;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The fonts do have glyphs for a few Arabic marks and punctuation (the Arabic question mark,
 * the tatweel, the harakat), but they belong to right-to-left text: "Room ؟ 12" shows on screen
 * as "Room 12 ؟" and prints as typed, and the marks print unjoined. Refused like Arabic letters.
 */
const ARABIC = /\p{Script_Extensions=Arabic}/u;

/**
 * Characters of `text` the certificate cannot print with real glyphs (say a CJK character or an
 * emoji, which DejaVu Sans does not have, or a right-to-left letter, which the PDF writer would
 * lay out backwards), each once, in order, at most five.
 */
export function unprintableCharacters(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const printable = isPrintable(char.codePointAt(0) ?? 0) && !ARABIC.test(char);
    if (printable || found.includes(char)) continue;
    found.push(char);
    if (found.length === MAX_LISTED) break;
  }
  return found;
}
