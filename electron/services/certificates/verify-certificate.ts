import type { Ledger } from '../ledger/ledger';
import { normaliseCertificateCode } from '../ledger/certificate-code';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { SignatureStore } from '../signatures/signature-store';
import { parseCertificatePayload, recordDigest } from './certificate-payload';

export type CertificateVerification =
  | { status: 'valid'; record: AcceptanceRecord }
  | { status: 'unknown'; reason: 'not-a-code' | 'not-found' | 'erased' }
  | {
      status: 'tampered';
      certificateCode: string;
      /** ledger-entry: the entry fails its hashes; payload: the QR does not match the record. */
      reason: 'ledger-entry' | 'payload' | 'signature';
    };

/**
 * Checks a certificate from its code (as typed from the paper) or its QR payload against this
 * device's ledger. "Valid" means the entry's hashes check out, the QR (when given) names the
 * same record with the same fingerprint, and the signature file is the one the record names.
 */
export async function verifyCertificate(
  input: string,
  ledger: Ledger,
  signatures: SignatureStore,
): Promise<CertificateVerification> {
  const payload = parseCertificatePayload(input);
  const code = payload?.certificateCode ?? normaliseCertificateCode(input);
  if (!code) return { status: 'unknown', reason: 'not-a-code' };
  const tampered = (reason: 'ledger-entry' | 'payload' | 'signature') =>
    ({ status: 'tampered', certificateCode: code, reason }) as const;
  const found = ledger.findByCertificateCode(code);
  if (!found) {
    // An erased record keeps no code (its body is gone), but a QR payload also names the record
    // id: that tells "erased on request" apart from "never issued here", and a payload whose
    // code differs from its own record's is a forged or altered QR.
    const byId = payload ? ledger.findByRecordId(payload.recordId) : undefined;
    if (!byId) return { status: 'unknown', reason: 'not-found' };
    return byId.record ? tampered('payload') : { status: 'unknown', reason: 'erased' };
  }
  // A missing final newline is an interrupted write, not a change to this record.
  if (found.problems.some((problem) => problem.nature !== 'truncated'))
    return tampered('ledger-entry');
  if (!found.record) return { status: 'unknown', reason: 'erased' };
  const record = found.record;
  if (
    payload &&
    (payload.recordId !== record.recordId || payload.digest !== recordDigest(record))
  ) {
    return tampered('payload');
  }
  try {
    await signatures.read(record.signatureSha256);
  } catch {
    return tampered('signature');
  }
  return { status: 'valid', record };
}
