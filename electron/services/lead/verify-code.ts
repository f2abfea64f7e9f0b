import { verifyCertificate } from '../certificates/verify-certificate';
import type { Ledger } from '../ledger/ledger';
import type { LearnerRole, RecordType } from '../../../common/records/acceptance-record';
import type { SignatureStore } from '../signatures/signature-store';
import { utcDateOf } from '../status/utc-dates';

export type VerifyOutcome =
  'valid' | 'expired' | 'erased' | 'not-found' | 'mismatch' | 'damaged' | 'unreadable';

export interface VerifiedCertificate {
  outcome: VerifyOutcome;
  record: {
    fullName: string;
    role: LearnerRole;
    recordType: RecordType;
    completedAt: string;
    expiresOn: string;
    organisationName: string;
    certificateCode: string;
  } | null;
}

/**
 * The lead's reading of the certificates verification service: the same checks, plus whether
 * a genuine certificate's refresher date has passed, and only the details the lead needs to see.
 */
export async function verifyForLead(
  ledger: Ledger,
  signatures: SignatureStore,
  input: string,
  today: Date,
): Promise<VerifiedCertificate> {
  const result = await verifyCertificate(input, ledger, signatures);
  if (result.status === 'unknown') {
    const outcome = {
      'not-a-code': 'unreadable',
      'not-found': 'not-found',
      erased: 'erased',
    } as const;
    return { outcome: outcome[result.reason], record: null };
  }
  if (result.status === 'tampered') {
    return { outcome: result.reason === 'payload' ? 'mismatch' : 'damaged', record: null };
  }
  const { record } = result;
  return {
    outcome: record.expiresOn < utcDateOf(today) ? 'expired' : 'valid',
    record: {
      fullName: record.learner.fullName,
      role: record.learner.role,
      recordType: record.recordType,
      completedAt: record.completedAt,
      expiresOn: record.expiresOn,
      organisationName: record.organisationName,
      certificateCode: record.certificateCode,
    },
  };
}
