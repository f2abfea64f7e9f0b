import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import { DigestNamedFiles } from '../fs/digest-named-files';
import { aupTextDigest } from '../ledger/aup-text-digest';

export const SIGNED_TEXTS_DIR = 'signed-texts';

export const signedTextSchema = z.strictObject({
  aupVersion: z.string().min(1).max(100),
  locale: z.enum(LOCALES),
  clauses: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        revision: z.number().int().min(1),
        text: z.string().min(1),
        language: z.enum(LOCALES),
      }),
    )
    // A re-signing learner may be shown no clause at all when the change only removed some.
    .max(500),
});
export type SignedText = z.infer<typeof signedTextSchema>;

/**
 * The agreement exactly as each learner was shown it (filled text, shown order, language of
 * each clause), kept once per distinct text under its digest, which the record carries as
 * `aupTextSha256`. So any record can show the very words signed, even after the organisation
 * changes its policy or its name, and a copy that no longer matches its digest is never shown.
 */
export class SignedTexts extends DigestNamedFiles<SignedText> {
  constructor(dataDir: string) {
    super(path.join(dataDir, SIGNED_TEXTS_DIR), signedTextSchema, signedTextDigest);
  }
}

/** The digest a record carries as `aupTextSha256`. */
export function signedTextDigest(text: {
  clauses: { id: string; text: string }[];
  locale: Locale;
}) {
  return aupTextDigest(text.clauses, text.locale);
}
