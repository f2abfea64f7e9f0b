import { unprintableCharacters } from './printable';

/**
 * The one policy for text a person types that the app keeps and shows again: learners' names,
 * their email or staff ID, typed signatures and the organisation's details. Main checks it on
 * every call that stores such text and the renderer checks it before sending, with the same code;
 * it has no zod, so the learner's first load can use it too.
 */
export interface TextPolicy {
  /** Longest allowed after cleaning, in characters (Unicode code points). */
  readonly maxLength: number;
  /** Runs of spaces become one: right for names, wrong for an identifier someone types exactly. */
  readonly collapseSpaces: boolean;
}

/** A learner's full name, a typed signature, and the leads' names. */
export const PERSON_NAME: TextPolicy = { maxLength: 100, collapseSpaces: true };
/** An email address (at most 254 characters, RFC 5321) or a staff ID. */
export const IDENTIFIER: TextPolicy = { maxLength: 254, collapseSpaces: false };
/** The organisation's name and the leads' phone numbers or email addresses. */
export const ORGANISATION_TEXT: TextPolicy = { maxLength: 200, collapseSpaces: true };

export type TextProblemCode =
  | 'required'
  | 'tooLong'
  | 'brokenCharacter'
  | 'controlCharacter'
  | 'directionControl'
  | 'invisibleCharacter'
  | 'notPrintable';

export interface TextProblem {
  code: TextProblemCode;
  /** Interpolation values for the message (`errors:fields.<code>`). */
  values: Record<string, string | number>;
}

/**
 * NFC, so "â" typed as one character or as "a" plus a combining accent is stored the same, then
 * trimmed; names also have runs of spaces (including no-break spaces) made into one space.
 */
export function cleanText(value: string, policy: TextPolicy): string {
  const trimmed = value.normalize('NFC').trim();
  return policy.collapseSpaces ? trimmed.replace(/\p{Zs}+/gu, ' ') : trimmed;
}

// A lone surrogate is half of a character: it cannot be stored, printed or compared reliably.
const LONE_SURROGATE = /\p{Cs}/u;
// NUL, tab, line breaks and the rest of C0/C1, plus the line and paragraph separators.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
// Bidirectional embeddings, overrides, isolates and marks: U+202E shows "Siân" as "nâiS".
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Zero-width and other format characters and private-use code points: two names that look the
// same must be the same name.
const INVISIBLE = /[\p{Cf}\p{Co}]/u;

/** At most the policy's length in characters (code points, so an emoji counts as one). */
export function fitsLength(text: string, policy: TextPolicy): boolean {
  // Cheap before counting: UTF-16 length is never less than the number of code points.
  return text.length <= policy.maxLength || [...text].length <= policy.maxLength;
}

/** Pass a cleaned value (see `cleanText`); returns the first problem, or null if it is fine. */
export function textProblem(cleaned: string, policy: TextPolicy): TextProblem | null {
  if (cleaned.length === 0) return { code: 'required', values: {} };
  if (!fitsLength(cleaned, policy)) return { code: 'tooLong', values: { max: policy.maxLength } };
  if (LONE_SURROGATE.test(cleaned)) return { code: 'brokenCharacter', values: {} };
  if (CONTROL.test(cleaned)) return { code: 'controlCharacter', values: {} };
  if (DIRECTION_CONTROL.test(cleaned)) return { code: 'directionControl', values: {} };
  if (INVISIBLE.test(cleaned)) return { code: 'invisibleCharacter', values: {} };
  const unprintable = unprintableCharacters(cleaned);
  if (unprintable.length > 0) {
    return { code: 'notPrintable', values: { characters: unprintable.join(' ') } };
  }
  return null;
}

/** Cleans and checks in one step; what a form or a schema needs. */
export function checkText(
  value: string,
  policy: TextPolicy,
): { value: string; problem: TextProblem | null } {
  const cleaned = cleanText(value, policy);
  return { value: cleaned, problem: textProblem(cleaned, policy) };
}
