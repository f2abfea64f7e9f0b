import { hasExpired } from '../../../common/calendar/org-calendar';
import type { VerifiedCertificate } from '../../../common/certificates/certificate-verification';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { DeviceKey } from '../device-key/device-key';
import type { Ledger } from '../ledger/ledger';
import { normaliseCertificateCode } from '../ledger/certificate-code';
import type { SignatureStore } from '../signatures/signature-store';
import { anchorSealedBy, parseCertificatePayload, recordDigest } from './certificate-payload';

export type { VerifiedCertificate };

const outcome = (value: VerifiedCertificate['outcome']): VerifiedCertificate => ({
  outcome: value,
  record: null,
});

/**
 * Checks a certificate from its code (as typed from the paper) or its QR payload against this
 * device's ledger. Genuine means the entry's hashes check out, the QR (when given) names the
 * same record with the same fingerprint, and the signature file is the one the record names;
 * a genuine certificate whose refresher date has passed is `expired` (valid through its expiry
 * day: `today` is the organisation's calendar date, see common/calendar). With this device's key,
 * a QR code's sealed checkpoint is also compared with the ledger (`ledger-changed`).
 */
export async function verifyCertificate(
  input: string,
  ledger: Ledger,
  signatures: SignatureStore,
  today: string,
  key: DeviceKey | null = null,
): Promise<VerifiedCertificate> {
  const payload = parseCertificatePayload(input);
  const code = payload?.certificateCode ?? normaliseCertificateCode(input);
  if (!code) return outcome('unreadable');
  // A checkpoint this device sealed is checked first: a cut tail may have taken the record too.
  if (payload?.anchor && key && anchorSealedBy(input, key)) {
    const changed = ledger.checkAgainst(payload.anchor.checkpoint, 'This certificate');
    if (changed.length > 0) return outcome('ledger-changed');
  }
  const found = ledger.findByCertificateCode(code);
  if (!found) {
    // An erased record keeps no code (its body is gone), but a QR payload also names the record
    // id: that tells "erased on request" apart from "never issued here", and a payload whose
    // code differs from its own record's is a forged or altered QR.
    const byId = payload ? ledger.findByRecordId(payload.recordId) : undefined;
    if (!byId) return outcome('not-found');
    return outcome(byId.record ? 'mismatch' : erasedOutcome(ledger, byId.entry.recordId));
  }
  // Its content fails its hash, or this device did not seal it (see RECORD_DAMAGE_NATURES).
  if (found.damage) return outcome('damaged');
  if (!found.record) return outcome(erasedOutcome(ledger, found.entry.recordId));
  const record = found.record;
  if (
    payload &&
    (payload.recordId !== record.recordId || payload.digest !== recordDigest(record))
  ) {
    return outcome('mismatch');
  }
  try {
    await signatures.read(record.signatureSha256);
  } catch {
    return outcome('damaged');
  }
  return {
    outcome: hasExpired(record.expiresOn, today) ? 'expired' : 'valid',
    record: detailsFor(record),
  };
}

/** Why a record's body is gone, as the erasure entry that withdrew it says (see ErasureEvent). */
function erasedOutcome(ledger: Ledger, recordId: string): VerifiedCertificate['outcome'] {
  const erasure = ledger
    .entries()
    .find((entry) => entry.kind === 'erasure' && entry.body?.erasedRecordIds.includes(recordId));
  return erasure?.kind === 'erasure' && erasure.body?.reason === 'retention'
    ? 'retention-ended'
    : 'erased';
}

function detailsFor(record: AcceptanceRecord): NonNullable<VerifiedCertificate['record']> {
  return {
    fullName: record.learner.fullName,
    role: record.learner.role,
    recordType: record.recordType,
    completedAt: record.completedAt,
    expiresOn: record.expiresOn,
    organisationName: record.organisationName,
    certificateCode: record.certificateCode,
    aupVersion: record.aupVersion,
    signedClauses: null,
  };
}
