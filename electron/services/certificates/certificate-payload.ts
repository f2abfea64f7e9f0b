import type { DeviceKey } from '../device-key/device-key';
import { canonicalJson, sha256Hex } from '../ledger/canonical-json';
import { checkpointText, type CheckpointClaim } from '../ledger/ledger-checkpoint';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

export const PAYLOAD_PREFIX = 'ESI1';
/** Digits of the head hash and of the seal the QR code carries: 64 bits each. */
const ANCHOR_DIGITS = 16;

export interface CertificateAnchor {
  /** Where this device's ledger stood when the certificate was made. */
  checkpoint: CheckpointClaim;
  /** The device's HMAC over the rest of the payload, shortened; only that device can check it. */
  seal: string;
}

export interface CertificatePayload {
  certificateCode: string;
  recordId: string;
  /** First 16 hex digits of the SHA-256 of the record's canonical JSON. */
  digest: string;
  anchor?: CertificateAnchor;
}

/** Short fingerprint of the whole record: any change to any field changes it. */
export function recordDigest(record: AcceptanceRecord): string {
  return sha256Hex(canonicalJson(record)).slice(0, 16);
}

/**
 * What the QR code carries: `ESI1.<code>.<recordId>.<digest>`. Short enough for a small, easily
 * scanned code, and checkable offline against any copy of the ledger (a backup, another device).
 */
export function certificatePayload(record: AcceptanceRecord): string {
  return [PAYLOAD_PREFIX, record.certificateCode, record.recordId, recordDigest(record)].join('.');
}

/**
 * The payload plus the ledger's checkpoint and the device's seal over both:
 * `ESI1.<code>.<recordId>.<digest>.<entries>-<head>.<seal>`. A kept certificate then also
 * vouches for the ledger: if its entries are later cut or rewritten, verifying this certificate
 * on this device says so. The seal stops a forged checkpoint from raising a false alarm.
 */
export function anchoredCertificatePayload(
  record: AcceptanceRecord,
  checkpoint: CheckpointClaim,
  key: DeviceKey,
): string {
  const base = certificatePayload(record);
  const anchor = checkpointText(checkpoint, ANCHOR_DIGITS);
  return `${base}.${anchor}.${anchorSeal(`${base}.${anchor}`, key)}`;
}

function anchorSeal(text: string, key: DeviceKey): string {
  return key.seal('certificate', text).slice(0, ANCHOR_DIGITS);
}

/** True when this device's key made the payload's anchor (so its checkpoint can be trusted). */
export function anchorSealedBy(payloadText: string, key: DeviceKey): boolean {
  const trimmed = payloadText.trim();
  const cut = trimmed.lastIndexOf('.');
  const seal = trimmed.slice(cut + 1);
  return cut > 0 && /^[0-9a-f]{16}$/.test(seal) && anchorSeal(trimmed.slice(0, cut), key) === seal;
}

const PAYLOAD_PATTERN =
  /^ESI1\.([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-f]{16})(?:\.(\d{1,12})-([0-9a-f]{16})\.([0-9a-f]{16}))?$/;

export function parseCertificatePayload(text: string): CertificatePayload | null {
  const match = PAYLOAD_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, certificateCode = '', recordId = '', digest = '', entries, headHash, seal] = match;
  const payload: CertificatePayload = { certificateCode, recordId, digest };
  if (entries && headHash && seal) {
    payload.anchor = { checkpoint: { entries: Number(entries), headHash }, seal };
  }
  return payload;
}
