import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { RecordDamage } from '../ledger/ledger-problem';
import { normaliseIdentifier } from '../status/learner-identifier';
import { personStatuses, type PersonStatusRow } from '../status/learner-status';

/** One of a person's records as the lead reviews it: a damaged one is flagged with why. */
export interface PersonRecord {
  record: AcceptanceRecord;
  damage: RecordDamage | null;
}

export interface PersonHistory {
  identifier: string;
  fullName: string;
  /** Judged from the sound records only: a damaged record proves nothing. */
  status: PersonStatusRow['status'];
  dueOn: string | null;
  daysLeft: number | null;
  /** Every record of theirs not erased, damaged ones included and flagged, newest first. */
  records: PersonRecord[];
}

/**
 * Null when nobody with this identifier has a record. A person whose only record is damaged
 * still opens, so the lead can see the damage (and erase the person if asked to), but counts as
 * never trained.
 */
export function personHistory(
  reviewed: readonly PersonRecord[],
  identifier: string,
  refresherMonths: number,
  timeZone: string,
  today: Date,
): PersonHistory | null {
  const key = normaliseIdentifier(identifier);
  const theirs = reviewed
    .filter((r) => normaliseIdentifier(r.record.learner.identifier) === key)
    .sort((a, b) => compareDescending(a.record.signedAt, b.record.signedAt));
  const latest = theirs[0];
  if (!latest) return null;
  const sound = theirs.filter((r) => !r.damage).map((r) => r.record);
  const [row] = personStatuses({ records: sound, refresherMonths, timeZone, today });
  return {
    identifier: key,
    fullName: (sound[0] ?? latest.record).learner.fullName,
    status: row?.status ?? 'never',
    dueOn: row?.dueOn ?? null,
    daysLeft: row?.daysLeft ?? null,
    // Named fields, not the objects themselves: a reviewed record may read `record` lazily,
    // and only own data crosses to the renderer.
    records: theirs.map(({ record, damage }) => ({ record, damage })),
  };
}

function compareDescending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
