import { z } from 'zod';
import { encodeFieldMessage } from './field-message';
import {
  cleanText,
  fitsLength,
  IDENTIFIER,
  ORGANISATION_TEXT,
  PERSON_NAME,
  textProblem,
  type TextPolicy,
} from './text-policy';

/** Whatever arrives that is not text at all. */
export const NOT_VALID = encodeFieldMessage('errors.fields.invalid');

/**
 * A zod string that applies a text policy: cleaned (NFC, trimmed, spaces collapsed where the
 * policy says), then refused with the policy's translated message. Main parses IPC arguments and
 * stored settings through these; the renderer's forms validate with the same schemas.
 */
export function policyText(policy: TextPolicy) {
  return z
    .string({ error: NOT_VALID })
    .overwrite((value) => cleanText(value, policy))
    .superRefine((value, ctx) => {
      const problem = textProblem(value, policy);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          message: encodeFieldMessage(`errors.fields.${problem.code}`, problem.values),
          params: problem.values,
        });
      }
    });
}

export const personNameField = policyText(PERSON_NAME);
export const identifierField = policyText(IDENTIFIER);
export const organisationTextField = policyText(ORGANISATION_TEXT);

/**
 * An email or staff ID as it is looked up or kept (resuming, the lead's search and erasure, the
 * records): only as long as the policy lets one be, and not checked further, so an identifier
 * stored before the policy can still be found. Not a second length: the policy's own.
 */
export const storedIdentifierField = z
  .string()
  .trim()
  .min(1)
  .refine((value) => fitsLength(value, IDENTIFIER));
