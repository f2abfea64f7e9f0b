import { canonicalJson, sha256Hex } from '../ledger/canonical-json';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

export const PAYLOAD_PREFIX = 'ESI1';

export interface CertificatePayload {
  certificateCode: string;
  recordId: string;
  /** First 16 hex digits of the SHA-256 of the record's canonical JSON. */
  digest: string;
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

const PAYLOAD_PATTERN =
  /^ESI1\.([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-f]{16})$/;

export function parseCertificatePayload(text: string): CertificatePayload | null {
  const match = PAYLOAD_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, certificateCode = '', recordId = '', digest = ''] = match;
  return { certificateCode, recordId, digest };
}
