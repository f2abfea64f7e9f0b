import type { FieldMessage } from '../text/field-message';
import { GRAPHEMES } from '../text/graphemes';

/** The lead passphrase's length rule, for setup, the change form, recovery and main alike. */
export const MIN_PASSPHRASE_LENGTH = 12;
/** Far above any real passphrase; stops a pasted novel from tying up scrypt. */
export const MAX_PASSPHRASE_LENGTH = 1024;

/** Characters as people see them, not UTF-16 units, so "ŵ" or an emoji counts once. */
export function passphraseLength(passphrase: string): number {
  // Counting stops past the maximum: a pasted novel needs no exact count to be refused.
  const segments = GRAPHEMES.segment(passphrase.normalize('NFC'))[Symbol.iterator]();
  let length = 0;
  while (length <= MAX_PASSPHRASE_LENGTH && !segments.next().done) length += 1;
  return length;
}

/** The problem with a new passphrase, as the message main and the forms both show; or null. */
export function newPassphraseProblem(passphrase: string): FieldMessage | null {
  const length = passphraseLength(passphrase);
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { key: 'errors.lead.passphraseTooShort', values: { minLength: MIN_PASSPHRASE_LENGTH } };
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    return { key: 'errors.lead.passphraseTooLong', values: { maxLength: MAX_PASSPHRASE_LENGTH } };
  }
  return null;
}
