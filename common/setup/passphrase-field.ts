import { z } from 'zod';
import { encodeFieldMessage } from '../text/field-message';
import { NOT_VALID } from '../text/text-fields';
import { MAX_PASSPHRASE_LENGTH, newPassphraseProblem } from './passphrase-rule';

/**
 * A passphrase being chosen (at setup, when changing it, after recovery). The raw cap comes first
 * so a huge paste is refused before anything counts its characters; a grapheme is at most a few
 * UTF-16 units in any real text, so four per character is generous.
 */
export const newPassphraseField = z
  .string({ error: NOT_VALID })
  .max(MAX_PASSPHRASE_LENGTH * 4, {
    error: encodeFieldMessage('errors.lead.passphraseTooLong', {
      maxLength: MAX_PASSPHRASE_LENGTH,
    }),
  })
  .superRefine((passphrase, ctx) => {
    // zod runs this even when the cap above has failed: never count a pasted novel.
    if (passphrase.length > MAX_PASSPHRASE_LENGTH * 4) return;
    const problem = newPassphraseProblem(passphrase);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: encodeFieldMessage(problem.key, problem.values),
        params: problem.values,
      });
    }
  });
