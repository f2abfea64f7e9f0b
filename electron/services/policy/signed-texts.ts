import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import { writeFileAtomic } from '../fs/atomic-write';
import { aupTextDigest } from '../ledger/aup-text-digest';

export const SIGNED_TEXTS_DIR = 'signed-texts';

const signedTextSchema = z.strictObject({
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
export class SignedTexts {
  constructor(private readonly dataDir: string) {}

  private fileFor(digest: string): string {
    return path.join(this.dataDir, SIGNED_TEXTS_DIR, `${digest}.json`);
  }

  /** Keeps the text; returns its digest (the same one the record gets). */
  async keep(text: SignedText): Promise<string> {
    const digest = digestOf(text);
    // Every learner of one version signs the same words: an intact copy needs no second write
    // (a read and a digest, where a rewrite cost a new file, two fsyncs and a rename).
    if (await this.find(digest)) return digest;
    const file = this.fileFor(digest);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(signedTextSchema.parse(text), null, 2)}\n`);
    return digest;
  }

  /** The text a record's digest names, or null when it is not kept here or fails its digest. */
  async find(digest: string): Promise<SignedText | null> {
    if (!/^[0-9a-f]{64}$/.test(digest)) return null;
    let raw: string;
    try {
      raw = await fs.readFile(this.fileFor(digest), 'utf8');
    } catch {
      return null;
    }
    try {
      const text = signedTextSchema.parse(JSON.parse(raw));
      return digestOf(text) === digest ? text : null;
    } catch {
      return null;
    }
  }
}

export function digestOf(text: { clauses: { id: string; text: string }[]; locale: Locale }) {
  return aupTextDigest(text.clauses, text.locale);
}
