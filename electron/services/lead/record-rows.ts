import type {
  AcceptanceRecord,
  LearnerRole,
  RecordType,
} from '../../../common/records/acceptance-record';
import type { RecordDamage } from '../ledger/ledger-problem';
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
  /**
   * Why the record cannot be trusted (its content fails its hash, or this device did not seal
   * it), or null. A damaged record is listed, flagged, but counts toward no one's status.
   */
  damage: RecordDamage | null;
}

export function recordRows(
  records: readonly AcceptanceRecord[],
  refresherMonths: number,
  timeZone: string,
  today: Date,
  damaged: ReadonlyMap<string, RecordDamage> = new Map(),
): RecordRow[] {
  const sound = damaged.size === 0 ? records : records.filter((r) => !damaged.has(r.recordId));
  const people = new Map(
    personStatuses({ records: sound, refresherMonths, timeZone, today }).map((row) => [
      row.identifier,
      row,
    ]),
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
      damage: damaged.get(record.recordId) ?? null,
    };
  });
}
