/**
 * Finds the people, organisations, phone numbers and email addresses in a policy text, for the
 * seed-fingerprint generator. The rules describe how policies name people and themselves, so the
 * project never has to spell out who they are; the generator prints what it found for review and
 * takes extra or unwanted names on its command line.
 */

export interface FoundOrganisation {
  name: string;
  /** True for one-word names with an inner capital, whose lower-case form may be a plain word. */
  keepCase: boolean;
}

const PERSON = String.raw`[A-Z][a-z]+ [A-Z][a-z'-]+`;
/** "(First Last)" on its own in brackets, or "... is First Last:" naming who holds a role. */
const PERSON_PATTERNS = [
  new RegExp(String.raw`\((${PERSON})\)`, 'g'),
  new RegExp(String.raw`\bis (${PERSON})\s*(?::|$)`, 'gm'),
];
export const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** UK numbers: a leading 0 or +44, then 9-10 more digits with single spaces, dashes or brackets. */
export const PHONE_PATTERN =
  /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?:\d[\s)-]{0,2}){9,10}(?!\d)/g;
const INNER_CAPITAL = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;
const INSTITUTION = 'School|Academy|College|Trust|Charity|Project|Centre|Foundation|Group';
/** A line that is only a title-case name ending in an institution word, e.g. a letterhead. */
const HEADING_NAME = new RegExp(
  String.raw`^\s*((?:[A-Z][a-z]+ ){1,3}(?:${INSTITUTION}))\s*$`,
  'gm',
);
/** A first line like "Name e-Safety Policy". */
const POLICY_TITLE = /^\s*([A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}) e-?safety policy\s*$/imu;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function findPeople(text: string): string[] {
  const names = PERSON_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? ''),
  );
  // first.last@ addresses name a person too, even when the text never writes the name out.
  for (const address of findEmails(text)) {
    const local = /^([a-z]+)[._]([a-z]+)@/i.exec(address);
    if (local?.[1] && local[2]) names.push(`${local[1]} ${local[2]}`.toLowerCase());
  }
  return unique(names.filter((name) => name !== ''));
}

export function findEmails(text: string): string[] {
  return unique([...text.matchAll(EMAIL_PATTERN)].map((match) => match[0].toLowerCase()));
}

/** Digits only, in the 0… form; a +44 number gets its leading 0 back. */
export function phoneDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  return written.trim().startsWith('+44') ? `0${digits.slice(2)}` : digits;
}

export function findPhones(text: string): string[] {
  return unique([...text.matchAll(PHONE_PATTERN)].map((match) => phoneDigits(match[0])));
}

export function findOrganisations(text: string): FoundOrganisation[] {
  const found = new Map<string, FoundOrganisation>();
  const add = (name: string): void => {
    const keepCase = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(name);
    found.set(name, { name, keepCase });
    // "Elm Street School" is also written "Elm Street": keep the distinctive part too.
    const parts = name.split(' ');
    if (parts.length > 2 && new RegExp(`^(?:${INSTITUTION})$`).test(parts.at(-1) ?? '')) {
      add(parts.slice(0, -1).join(' '));
    }
  };
  const title = POLICY_TITLE.exec(text.trim().split('\n')[0] ?? '');
  if (title?.[1]) add(title[1]);
  for (const match of text.matchAll(HEADING_NAME)) if (match[1]) add(match[1].trim());
  for (const match of text.matchAll(INNER_CAPITAL)) add(match[0]);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
