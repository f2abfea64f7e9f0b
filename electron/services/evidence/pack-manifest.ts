import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LEARNER_ROLES } from '../../../common/records/record-kinds';

/**
 * The manifest of an evidence pack: what the pack covers, the ledger checkpoint it was made at,
 * and a SHA-256 of every other file in it. `verifyPack` recomputes each digest, so one changed
 * byte anywhere in the pack names the file it is in.
 */
export const MANIFEST_NAME = 'manifest.json';
export const PACK_FORMAT = 'esafety-evidence-pack';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.iso.date();

export const packManifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(1),
    createdAt: z.iso.datetime({ offset: false }),
    organisation: z.string().max(500),
    deviceId: z.string().max(200),
    period: z.object({ from: isoDate, to: isoDate }).strict(),
    roles: z.array(z.enum(LEARNER_ROLES)).min(1),
    locale: z.string().max(20),
    checkpoint: z.object({ entries: z.number().int().min(0), headHash: sha256Hex }).strict(),
    files: z
      .array(
        z
          .object({
            path: z.string().min(1).max(300),
            sha256: sha256Hex,
            bytes: z.number().int().min(0),
          })
          .strict(),
      )
      .max(10_000),
  })
  .strict();
export type PackManifest = z.infer<typeof packManifestSchema>;
export type ManifestFile = PackManifest['files'][number];

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One manifest line per file, in the order the files were added. */
export function manifestFiles(files: ReadonlyMap<string, Uint8Array>): ManifestFile[] {
  return [...files].map(([path, bytes]) => ({
    path,
    sha256: sha256Of(bytes),
    bytes: bytes.byteLength,
  }));
}
