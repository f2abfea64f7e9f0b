import {
  MAX_IDENTIFIER_WORDS,
  SHINGLE_WORDS,
  decodeEscapes,
  emailFingerprint,
  fingerprint,
  identifierKey,
  splitWords,
  type SeedFingerprints,
  type TextWord,
} from './seed-fingerprint';
import { citedWords, type CitationIndex } from './seed-citations';
import { EMAIL_PATTERN, PHONE_PATTERN } from './seed-identifiers';

/**
 * The seed-hygiene rules as one pure function over a file's text: no copied seed sentences, no
 * seed person, contact or organisation anywhere, and no phone number or email address at all in
 * content (the organisation's own contacts are settings, filled in at run time).
 */

export type HygieneKind =
  'copied-seed-text' | 'seed-name' | 'seed-organisation' | 'phone-number' | 'email-address';

export interface HygieneHit {
  file: string;
  line: number;
  kind: HygieneKind;
  /** What was found, as written in the file. */
  text: string;
}

export interface FingerprintSets {
  shingles: ReadonlySet<string>;
  names: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  casedOrganisations: ReadonlySet<string>;
}

export interface HygieneRules {
  /** Content-only rules: any phone number or email address is a problem, not just the seeds'. */
  contactRules: boolean;
  /** Seed section headings the project cites; runs starting inside one are not copying. */
  citations: CitationIndex;
}

export function toFingerprintSets(fingerprints: SeedFingerprints): FingerprintSets {
  return {
    shingles: new Set(fingerprints.shingles),
    names: new Set(fingerprints.names),
    organisations: new Set(fingerprints.organisations),
    casedOrganisations: new Set(fingerprints.casedOrganisations),
  };
}

const SHOWN_WORDS = 30;

function copiedRuns(
  file: string,
  words: TextWord[],
  shingles: ReadonlySet<string>,
  citations: CitationIndex,
): HygieneHit[] {
  const lower = words.map((word) => word.text.toLowerCase());
  const cited = citedWords(lower, citations);
  const copied = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    if (
      cited[i] !== true &&
      shingles.has(fingerprint(lower.slice(i, i + SHINGLE_WORDS).join(' ')))
    ) {
      copied.fill(true, i, i + SHINGLE_WORDS);
    }
  }
  const hits: HygieneHit[] = [];
  for (let start = 0; start < words.length; start += 1) {
    if (!copied[start]) continue;
    let end = start;
    while (copied[end + 1]) end += 1;
    const run = words.slice(start, end + 1).map((word) => word.text);
    const shown = run.length > SHOWN_WORDS ? [...run.slice(0, SHOWN_WORDS), '…'] : run;
    hits.push({
      file,
      line: words[start]?.line ?? 0,
      kind: 'copied-seed-text',
      text: shown.join(' '),
    });
    start = end;
  }
  return hits;
}

function identifierAt(
  words: TextWord[],
  at: number,
  k: number,
  sets: FingerprintSets,
): HygieneKind | undefined {
  const texts = words.slice(at, at + k).map((word) => word.text);
  if (texts.length < k) return undefined;
  const key = fingerprint(identifierKey(texts));
  if (sets.names.has(key)) return 'seed-name';
  if (sets.organisations.has(key)) return 'seed-organisation';
  if (sets.casedOrganisations.has(fingerprint(identifierKey(texts, true)))) {
    return 'seed-organisation';
  }
  return undefined;
}

/** Longest match first at each word, then skip past it, so "First Last" is one hit, not two. */
function identifiers(file: string, words: TextWord[], sets: FingerprintSets): HygieneHit[] {
  const hits: HygieneHit[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (let k = MAX_IDENTIFIER_WORDS; k >= 1; k -= 1) {
      const kind = identifierAt(words, at, k, sets);
      if (kind === undefined) continue;
      const text = words.slice(at, at + k).map((word) => word.text);
      hits.push({ file, line: words[at]?.line ?? 0, kind, text: text.join(' ') });
      at += k - 1;
      break;
    }
  }
  return hits;
}

function contacts(
  file: string,
  text: string,
  sets: FingerprintSets,
  anyContact: boolean,
): HygieneHit[] {
  const hits: HygieneHit[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(EMAIL_PATTERN)) {
      if (anyContact || sets.names.has(emailFingerprint(match[0]))) {
        hits.push({ file, line: index + 1, kind: 'email-address', text: match[0] });
      }
    }
    if (!anyContact) return; // seed numbers elsewhere are caught as words by identifiers()
    for (const match of lineText.matchAll(PHONE_PATTERN)) {
      hits.push({ file, line: index + 1, kind: 'phone-number', text: match[0].trim() });
    }
  });
  return hits;
}

/** Every seed-hygiene problem in one file's text, in line order. */
export function checkSeedHygiene(
  file: string,
  text: string,
  sets: FingerprintSets,
  rules: HygieneRules,
): HygieneHit[] {
  const decoded = decodeEscapes(text.normalize('NFKC'));
  const words = splitWords(decoded);
  const hits = [
    ...copiedRuns(file, words, sets.shingles, rules.citations),
    ...identifiers(file, words, sets),
    ...contacts(file, decoded, sets, rules.contactRules),
  ];
  return hits.sort((a, b) => a.line - b.line);
}
