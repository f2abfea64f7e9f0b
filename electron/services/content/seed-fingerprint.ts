import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * One-way fingerprints of the source policies ("seeds"), so `npm test` can tell whether seed text,
 * people, contacts or organisations leaked into the project without the project ever reading the
 * seeds. Both the generator (scripts/seed-fingerprints.ts) and the checker use these helpers, so
 * the two sides always normalise and hash the same way.
 */

/** Words in one copied run: long enough that ordinary phrases rarely collide with a seed. */
export const SHINGLE_WORDS = 8;
/** Names, organisations and phone numbers are matched against windows of 1 to this many words. */
export const MAX_IDENTIFIER_WORDS = 4;
const HEX_LENGTH = 12;

const hashList = z.array(z.string().regex(/^[0-9a-f]{12}$/));

export const seedFingerprintsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  /** Hashes of every normalised 8-word run of every seed. */
  shingles: hashList,
  /** Hashes of people's names (full and surname), email addresses and phone numbers. */
  names: hashList,
  /** Hashes of the seed organisations' own names, lower-cased and with spaces removed. */
  organisations: hashList,
  /** Organisation names hashed with their case kept, for names whose lower-case form is a word. */
  casedOrganisations: hashList,
});
export type SeedFingerprints = z.infer<typeof seedFingerprintsSchema>;

/** One word of a text, NFKC-normalised with its case kept, and the 1-based line it is on. */
export interface TextWord {
  text: string;
  line: number;
}

/** Splits text into words: NFKC, then every run of letters, marks or digits; the rest separates. */
export function splitWords(text: string): TextWord[] {
  const nfkc = text.normalize('NFKC');
  const words: TextWord[] = [];
  let line = 1;
  let scanned = 0;
  for (const match of nfkc.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    for (let i = scanned; i < match.index; i += 1) if (nfkc[i] === '\n') line += 1;
    scanned = match.index;
    words.push({ text: match[0], line });
  }
  return words;
}

/** JSON and TS escapes (\n, \u2019, \") would glue letters onto words; read them as characters. */
export function decodeEscapes(text: string): string {
  return text.replace(
    /\\(?:u([0-9a-fA-F]{4})|([nrtbf]|.))/g,
    (_all, hex?: string, esc?: string) => {
      if (hex !== undefined) {
        const char = String.fromCharCode(parseInt(hex, 16));
        return /[\p{Cc}\p{Zl}\p{Zp}]/u.test(char) ? ' ' : char;
      }
      return esc !== undefined && 'nrtbf'.includes(esc) ? ' ' : (esc ?? '');
    },
  );
}

/** Lower-case, punctuation stripped, whitespace collapsed, NFKC: the form shingles are taken of. */
export function normaliseText(text: string): string {
  return splitWords(text)
    .map((word) => word.text.toLowerCase())
    .join(' ');
}

/**
 * First 12 hex characters of SHA-256. No salt: what is hashed is either an 8-word run of a policy
 * (far too many possibilities to guess back from a hash) or a short identifier the checker must
 * recognise anywhere; a salt stored beside the hashes would add nothing against guessing.
 */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, HEX_LENGTH);
}

/** The key an identifier is hashed under: its words joined with no spaces, so spacing never matters. */
export function identifierKey(words: readonly string[], keepCase = false): string {
  const joined = words.join('');
  return keepCase ? joined : joined.toLowerCase();
}

/** Hash of a name, organisation or phone number written out as plain text. */
export function identifierFingerprint(text: string, keepCase = false): string {
  return fingerprint(
    identifierKey(
      splitWords(text).map((word) => word.text),
      keepCase,
    ),
  );
}

/** Hash of an email address: the whole address, lower-cased. */
export function emailFingerprint(address: string): string {
  return fingerprint(address.normalize('NFKC').toLowerCase());
}

/** Hashes of every 8-word run of a text (nothing for a text shorter than that). */
export function shingleFingerprints(text: string): string[] {
  const words = normaliseText(text).split(' ');
  const hashes: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    hashes.push(fingerprint(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
}
