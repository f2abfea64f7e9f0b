import type {
  AcceptanceRecord,
  LearnerRole,
  RecordType,
} from '../../../common/records/acceptance-record';
import { normaliseIdentifier } from '../status/learner-identifier';
import type { PersonStatus } from '../../../common/status/person-status';
import { personStatuses } from '../status/learner-status';

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
}

export function recordRows(
  records: readonly AcceptanceRecord[],
  refresherMonths: number,
  today: Date,
): RecordRow[] {
  const people = new Map(
    personStatuses({ records, refresherMonths, today }).map((row) => [row.identifier, row]),
  );
  return records.map((record) => {
    const personKey = normaliseIdentifier(record.learner.identifier);
    const person = people.get(personKey);
    return {
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
      status: person?.status ?? 'never',
      latest: person?.latest?.recordId === record.recordId,
    };
  });
}
