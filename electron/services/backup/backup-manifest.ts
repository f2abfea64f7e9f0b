import { canonicalJson, sha256Hex } from '../ledger/canonical-json';
import type { BackupContent, BackupManifest } from './backup-format';

type ManifestPart = keyof BackupManifest['parts'];

/**
 * Hashes over canonical JSON, so the check does not depend on whitespace or key order in the
 * file. It catches corruption and hand edits; it is not a signature (anyone can recompute it),
 * which is why the ledger chain inside is verified separately.
 */
export function computeManifest(content: BackupContent): BackupManifest {
  const { format, formatVersion, createdAt, sourceDeviceId, settings, ledger, signatures } =
    content;
  const parts = {
    header: sha256Hex(canonicalJson({ format, formatVersion, createdAt, sourceDeviceId })),
    settings: sha256Hex(canonicalJson(settings)),
    ledger: sha256Hex(canonicalJson(ledger)),
    signatures: sha256Hex(canonicalJson(signatures)),
  };
  return { algorithm: 'sha256', parts, whole: sha256Hex(canonicalJson(parts)) };
}

/** The first part whose hash differs, or null when the manifest matches the content. */
export function manifestMismatch(content: BackupContent, stated: BackupManifest): string | null {
  const actual = computeManifest(content);
  const names = Object.keys(actual.parts) as ManifestPart[];
  const part = names.find((name) => actual.parts[name] !== stated.parts[name]);
  if (part) return part;
  return actual.whole === stated.whole ? null : 'whole';
}
