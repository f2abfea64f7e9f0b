import { learnerKeyFor } from '../analytics/answer-event';
import { removeAnswersFor } from '../analytics/answers-file';
import { DomainError } from '../errors';
import type { Ledger } from '../ledger/ledger';
import type { AcceptanceRecord, ErasureEvent } from '../../../common/records/acceptance-record';
import { recordIndexOf } from '../records/record-index';
import { SignatureStore } from '../signatures/signature-store';
import { normaliseIdentifier } from '../status/learner-identifier';
import { removeProgressFor } from './progress-files';

export interface ErasureResult {
  erasedRecords: number;
  answersRemoved: number;
  signaturesRemoved: number;
  progressFilesRemoved: number;
}

/**
 * Erases records and then any signature file no remaining live record points at (a signature
 * is personal data too; two records can share one when a typed name was identical).
 */
export async function eraseRecordsAndSignatures(
  ledger: Ledger,
  dataDir: string,
  records: readonly AcceptanceRecord[],
  reason: ErasureEvent['reason'],
  at: Date,
): Promise<{ erasedRecords: number; signaturesRemoved: number }> {
  if (records.length === 0) return { erasedRecords: 0, signaturesRemoved: 0 };
  await ledger.eraseRecords(
    records.map((r) => r.recordId),
    reason,
    at,
  );
  const stillUsed = new Set(
    recordIndexOf(ledger)
      .reviewed()
      .map(({ record }) => record.signatureSha256),
  );
  const store = new SignatureStore(dataDir);
  const orphaned = [...new Set(records.map((r) => r.signatureSha256))].filter(
    (sha) => !stillUsed.has(sha),
  );
  // A purge can orphan tens of thousands: removed a few at a time, each on its own.
  for (let start = 0; start < orphaned.length; start += REMOVALS_AT_ONCE) {
    await Promise.all(
      orphaned.slice(start, start + REMOVALS_AT_ONCE).map((sha) => store.remove(sha)),
    );
  }
  return { erasedRecords: records.length, signaturesRemoved: orphaned.length };
}

/** Signature files removed at the same time: enough to keep the disk busy, few enough to be kind. */
const REMOVALS_AT_ONCE = 16;

/**
 * A person's erasure request: their ledger records (bodies removed, chain intact), their
 * answers, their signatures and any saved progress. `confirmation` must repeat the identifier,
 * checked here as well as in the form, so a slip of the mouse cannot erase anyone.
 */
export async function erasePerson(
  ledger: Ledger,
  dataDir: string,
  identifier: string,
  confirmation: string,
  at: Date,
): Promise<ErasureResult> {
  const key = normaliseIdentifier(identifier);
  if (key === '' || normaliseIdentifier(confirmation) !== key) {
    throw new DomainError('lead-confirmation-mismatch', 'errors.lead.confirmationMismatch');
  }
  // Damaged records too: whatever their state, they hold this person's data.
  const theirs = recordIndexOf(ledger)
    .reviewedOf(key)
    .map(({ record }) => record);
  const { erasedRecords, signaturesRemoved } = await eraseRecordsAndSignatures(
    ledger,
    dataDir,
    theirs,
    'subject-request',
    at,
  );
  const answersRemoved = await removeAnswersFor(dataDir, learnerKeyFor(key));
  const progressFilesRemoved = await removeProgressFor(dataDir, key);
  if (erasedRecords + answersRemoved + progressFilesRemoved === 0) {
    throw new DomainError('lead-person-not-found', 'errors.lead.personNotFound');
  }
  return { erasedRecords, answersRemoved, signaturesRemoved, progressFilesRemoved };
}
