import { z } from 'zod';
import { settingsSchema } from '../../../common/settings/settings-schema';
import { KEY_ID_PATTERN, SEAL_PATTERN } from '../device-key/device-key';
import { agreementVersionSchema } from '../../../common/records/agreement-version';
import { signedTextSchema } from '../policy/signed-texts';

/**
 * A backup is ONE JSON file. Zip would need a new dependency and hides the content from a
 * curious lead; the ledger lines are already JSON and signatures are small images, so a
 * plain JSON document with base64 images stays readable, diffable and easy to validate.
 *
 * Version 2 adds the ledger's checkpoint (so a kept backup later reveals a cut or rewritten
 * ledger) and the device's seal over the manifest. Version 1 files still import, as unsealed.
 * Version 3 adds the versions of the agreement its records refer to (records no longer carry
 * a revision per clause: see AgreementVersions). Version 4 adds the exact words each record
 * signed (see SignedTexts), so a device restored from a backup can still show them.
 */

export const BACKUP_FORMAT = 'esafety-backup';
export const BACKUP_FORMAT_VERSION = 4;

/**
 * Limits checked before the expensive parts, so a hostile or wrong file cannot exhaust memory or
 * time: the size before the file is read; the number and length of ledger lines before the
 * schema parses them; unreadable lines while the ledger is scanned. A backup is made from whole
 * entries only (a torn final write is left out), so a single unreadable line is already damage:
 * the scan stops at the first one instead of reading on through megabytes of junk.
 */
// The file is read as one string: V8 caps a string near 512 M characters, so the limit stays
// below that. Five years at 100,000 completions make a backup of about 181 MB.
export const MAX_BACKUP_BYTES = 480 * 1024 * 1024;
export const MAX_BACKUP_LEDGER_LINES = 2_000_000;
export const MAX_BACKUP_LINE_CHARS = 64 * 1024;
export const MAX_UNREADABLE_BACKUP_LINES = 0;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Only a short lowercase extension is taken from the file; the rest of the name is the hash. */
export const signatureExtensionSchema = z.string().regex(/^(?:\.[a-z0-9]{1,8})?$/);

export const backupSignatureSchema = z.object({ ext: signatureExtensionSchema, data: base64 });
export type BackupSignature = z.infer<typeof backupSignatureSchema>;

export const backupCheckpointSchema = z
  .object({
    entries: z.number().int().min(0),
    headHash: hex64,
    bytes: z.number().int().min(0),
  })
  .strict();

/**
 * Settings as a backup made before settings version 2 holds them: no time zone. Read as they are
 * (the manifest hashes what was written), never upgraded here; adopting them keeps this device's
 * own time zone (see adopt-settings.ts).
 */
const settingsV1Schema = settingsSchema.omit({ timeZone: true, reminderDays: true }).extend({
  schemaVersion: z.literal(1),
});

/** Settings version 2, before the reminder window: read as they are, like version 1. */
const settingsV2Schema = settingsSchema.omit({ reminderDays: true }).extend({
  schemaVersion: z.literal(2),
});

/** Everything the manifest hash covers. */
export const backupContentSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(BACKUP_FORMAT_VERSION),
  ]),
  createdAt: z.iso.datetime({ offset: false }),
  sourceDeviceId: z.string().min(1).max(200),
  /** Where the source ledger stood when the backup was made (version 2 on). */
  checkpoint: backupCheckpointSchema.optional(),
  /** Settings only: the lead passphrase and recovery hashes live elsewhere and are never copied. */
  settings: z.union([settingsSchema, settingsV2Schema, settingsV1Schema]).nullable(),
  /** The source ledger's lines exactly as stored, so its chain can be re-verified here. */
  // A raw line break inside a "line" would re-split it and shift every position reported.
  ledger: z.array(
    z
      .string()
      .max(MAX_BACKUP_LINE_CHARS)
      .regex(/^[^\r\n]*$/),
  ),
  /** Signature files by the SHA-256 of their bytes; names are never taken from the file. */
  signatures: z.record(hex64, backupSignatureSchema),
  /** The agreement versions the live records refer to, by digest (version 3 on). */
  agreementVersions: z.record(hex64, agreementVersionSchema).optional(),
  /** The words the live records signed, by the digest each record carries (version 4 on). */
  signedTexts: z.record(hex64, signedTextSchema).optional(),
});
export type BackupContent = z.infer<typeof backupContentSchema>;

/** The format version from which each part is required (older files lack it, and still read). */
export const PARTS_SINCE = { checkpoint: 2, agreementVersions: 3, signedTexts: 4 } as const;

export const backupManifestSchema = z.object({
  algorithm: z.literal('sha256'),
  /** Per part, so a mismatch can say which part was damaged or edited. */
  parts: z.object({
    header: hex64,
    settings: hex64,
    ledger: hex64,
    signatures: hex64,
    /** Version 3 on. */
    agreementVersions: hex64.optional(),
    /** Version 4 on. */
    signedTexts: hex64.optional(),
  }),
  whole: hex64,
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/**
 * The source device's HMAC of the manifest with its device key. Anyone can recompute the
 * manifest; only the device that made the backup can make this, and only that device can check
 * it. Absent from version 1 files.
 */
export const backupSealSchema = z
  .object({ keyId: z.string().regex(KEY_ID_PATTERN), seal: z.string().regex(SEAL_PATTERN) })
  .strict();
export type BackupSeal = z.infer<typeof backupSealSchema>;

export const backupFileSchema = backupContentSchema.extend({
  manifest: backupManifestSchema,
  seal: backupSealSchema.optional(),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** `esafety-backup-2026-03-01.json`, dated in UTC like every other timestamp we keep. */
export function backupFileName(at: Date): string {
  return `${BACKUP_FORMAT}-${at.toISOString().slice(0, 10)}.json`;
}
