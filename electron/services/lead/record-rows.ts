import type {
  AcceptanceRecord,
  LearnerRole,
  RecordType,
} from '../../../common/records/acceptance-record';
import type { PersonStatus } from '../../../common/status/person-status';
import type { RecordDamage } from '../ledger/ledger-problem';

/** One line of the lead's records table: a record plus the status of the person it belongs to. */
export interface RecordRow {
  recordId: string;
  fullName: string;
  identifier: string;
  /** Normalised identifier: the person key (see `normaliseIdentifier`). */
  personKey: string;
  role: LearnerRole;
  recordType: RecordType;
  completedAt: string;
  signedAt: string;
  expiresOn: string;
  overallPercent: number;
  certificateCode: string;
  /** The person's status, judged on their latest record with the current refresher interval. */
  status: PersonStatus;
  /** True for the record that the person's status is based on. */
  latest: boolean;
  /**
   * Why the record cannot be trusted (its content fails its hash, or this device did not seal
   * it), or null. A damaged record is listed, flagged, but counts toward no one's status.
   */
  damage: RecordDamage | null;
}

/**
 * A row as main keeps it: the row sent to the renderer plus what searching and sorting need,
 * worked out once when the record arrives rather than on every key press or comparison.
 */
export interface TableRow {
  row: RecordRow;
  record: AcceptanceRecord;
  /** Folded name, identifier and certificate code, for "contains" searches. */
  search: string;
  nameKey: string;
  identifierKey: string;
}

/** Lower case without accents, so "sian" finds "Siân" on any keyboard. */
export function fold(text: string): string {
  // Most names and addresses are plain ASCII: nothing to strip, so skip the Unicode work.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tableRow(
  record: AcceptanceRecord,
  personKey: string,
  damage: RecordDamage | null,
): TableRow {
  const nameKey = fold(record.learner.fullName);
  const identifierKey = fold(record.learner.identifier);
  return {
    row: {
      recordId: record.recordId,
      fullName: record.learner.fullName,
      identifier: record.learner.identifier,
      personKey,
      role: record.learner.role,
      recordType: record.recordType,
      completedAt: record.completedAt,
      signedAt: record.signedAt,
      expiresOn: record.expiresOn,
      overallPercent: record.overallPercent,
      certificateCode: record.certificateCode,
      // Set by the table from the person's latest record.
      status: 'never',
      latest: false,
      damage,
    },
    record,
    search: `${nameKey}\u0000${identifierKey}\u0000${record.certificateCode.toLowerCase()}`,
    nameKey,
    identifierKey,
  };
}
