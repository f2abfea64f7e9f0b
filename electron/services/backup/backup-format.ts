import { z } from 'zod';
import { settingsSchema } from '../../../common/settings/settings-schema';

/**
 * A backup is ONE JSON file. Zip would need a new dependency and hides the content from a
 * curious lead; the ledger lines are already JSON and signatures are small images, so a
 * plain JSON document with base64 images stays readable, diffable and easy to validate.
 * Its size ceiling (`MAX_BACKUP_BYTES`) is far above what an organisation's records reach.
 */

export const BACKUP_FORMAT = 'esafety-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Refuse bigger files before reading them: a hostile or wrong file must not exhaust memory. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Only a short lowercase extension is taken from the file; the rest of the name is the hash. */
export const signatureExtensionSchema = z.string().regex(/^(?:\.[a-z0-9]{1,8})?$/);

export const backupSignatureSchema = z.object({ ext: signatureExtensionSchema, data: base64 });
export type BackupSignature = z.infer<typeof backupSignatureSchema>;

/** Everything the manifest hash covers. */
export const backupContentSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: false }),
  sourceDeviceId: z.string().min(1).max(200),
  /** Settings only: the lead passphrase and recovery hashes live elsewhere and are never copied. */
  settings: settingsSchema.nullable(),
  /** The source ledger's lines exactly as stored, so its chain can be re-verified here. */
  // A raw line break inside a "line" would re-split it and shift every position reported.
  ledger: z.array(
    z
      .string()
      .max(1_000_000)
      .regex(/^[^\r\n]*$/),
  ),
  /** Signature files by the SHA-256 of their bytes; names are never taken from the file. */
  signatures: z.record(hex64, backupSignatureSchema),
});
export type BackupContent = z.infer<typeof backupContentSchema>;

export const backupManifestSchema = z.object({
  algorithm: z.literal('sha256'),
  /** Per part, so a mismatch can say which part was damaged or edited. */
  parts: z.object({ header: hex64, settings: hex64, ledger: hex64, signatures: hex64 }),
  whole: hex64,
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupFileSchema = backupContentSchema.extend({ manifest: backupManifestSchema });
export type BackupFile = z.infer<typeof backupFileSchema>;

/** `esafety-backup-2026-03-01.json`, dated in UTC like every other timestamp we keep. */
export function backupFileName(at: Date): string {
  return `${BACKUP_FORMAT}-${at.toISOString().slice(0, 10)}.json`;
}
