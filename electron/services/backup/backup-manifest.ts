import type { DeviceKey } from '../device-key/device-key';
import { canonicalJson, sha256Hex } from '../ledger/canonical-json';
import type { BackupContent, BackupManifest, BackupSeal } from './backup-format';

type ManifestPart = keyof BackupManifest['parts'];

/**
 * Hashes over canonical JSON, so the check does not depend on whitespace or key order in the
 * file. It catches corruption and hand edits; it is not a signature (anyone can recompute it),
 * which is why the manifest is sealed with the device key (`sealManifest`) and the ledger chain
 * inside is verified separately. `checkpoint` is undefined in version 1 files and then left out.
 */
export function computeManifest(content: BackupContent): BackupManifest {
  const { format, formatVersion, createdAt, sourceDeviceId, checkpoint } = content;
  const { settings, ledger, signatures, agreementVersions, signedTexts } = content;
  const parts = {
    header: sha256Hex(
      canonicalJson({ format, formatVersion, createdAt, sourceDeviceId, checkpoint }),
    ),
    settings: sha256Hex(canonicalJson(settings)),
    ledger: sha256Hex(canonicalJson(ledger)),
    signatures: sha256Hex(canonicalJson(signatures)),
    // A part only where the backup has it, so older backups keep the manifest they were given.
    ...optionalPart('agreementVersions', agreementVersions),
    ...optionalPart('signedTexts', signedTexts),
  };
  return { algorithm: 'sha256', parts, whole: sha256Hex(canonicalJson(parts)) };
}

function optionalPart(name: 'agreementVersions' | 'signedTexts', value: unknown) {
  return value === undefined ? {} : { [name]: sha256Hex(canonicalJson(value)) };
}

/** The first part whose hash differs, or null when the manifest matches the content. */
export function manifestMismatch(content: BackupContent, stated: BackupManifest): string | null {
  const actual = computeManifest(content);
  const names = Object.keys(actual.parts) as ManifestPart[];
  const part = names.find((name) => actual.parts[name] !== stated.parts[name]);
  if (part) return part;
  return actual.whole === stated.whole ? null : 'whole';
}

const sealText = (keyId: string, manifest: BackupManifest) => `${keyId}:${manifest.whole}`;

export function sealManifest(manifest: BackupManifest, key: DeviceKey): BackupSeal {
  return { keyId: key.id, seal: key.seal('backup', sealText(key.id, manifest)) };
}

/**
 * Who vouches for a backup: this device (its seal checks out with this device's key), another
 * device (sealed with a key this device does not hold, so it cannot be checked here), or nobody
 * (no seal: a version 1 backup, or one whose seal was removed).
 */
export type BackupAuthenticity = 'this-device' | 'other-device' | 'unsealed';

/** The authenticity, or 'mismatch' when the seal claims this device's key but is not its seal. */
export function backupAuthenticity(
  manifest: BackupManifest,
  seal: BackupSeal | undefined,
  key: DeviceKey,
): BackupAuthenticity | 'mismatch' {
  if (!seal) return 'unsealed';
  if (seal.keyId !== key.id) return 'other-device';
  return key.verify('backup', sealText(seal.keyId, manifest), seal.seal)
    ? 'this-device'
    : 'mismatch';
}
