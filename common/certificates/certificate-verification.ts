import type { LearnerRole, RecordType } from '../records/acceptance-record';

/**
 * What checking a certificate can say, for the lead's screen:
 * - `valid` / `expired`: a genuine certificate, its refresher date not yet passed / passed;
 * - `erased`: it was genuine, but the record was erased at the person's request;
 * - `retention-ended`: it was genuine, but the record was removed when the organisation's
 *   retention period for it ended (the lead did not get a request: they must not be told so);
 * - `not-found`: this device never issued that code;
 * - `mismatch`: the QR code does not match the record it names (forged or altered);
 * - `damaged`: the record or its signature file was changed after signing;
 * - `ledger-changed`: this device made the certificate (its QR code carries the ledger's sealed
 *   checkpoint), and records it covered have since been removed or changed here;
 * - `unreadable`: the text is neither a certificate code nor a QR payload.
 */
export type VerifyOutcome =
  | 'valid'
  | 'expired'
  | 'erased'
  | 'retention-ended'
  | 'not-found'
  | 'mismatch'
  | 'damaged'
  | 'ledger-changed'
  | 'unreadable';

export interface VerifiedCertificate {
  outcome: VerifyOutcome;
  /** Only for a genuine certificate, and only the details the lead needs to compare with it. */
  record: {
    fullName: string;
    role: LearnerRole;
    recordType: RecordType;
    completedAt: string;
    expiresOn: string;
    organisationName: string;
    certificateCode: string;
    /** The version of the agreement signed (e.g. 2026.2-org.3). */
    aupVersion: string;
    /** The clauses exactly as the learner was shown them, when this device keeps that text. */
    signedClauses: Array<{ id: string; text: string }> | null;
  } | null;
}
