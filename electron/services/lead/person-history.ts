import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { normaliseIdentifier } from '../status/learner-identifier';
import { personStatuses, type PersonStatusRow } from '../status/learner-status';

export interface PersonHistory {
  identifier: string;
  fullName: string;
  status: PersonStatusRow['status'];
  dueOn: string | null;
  daysLeft: number | null;
  /** Every live record of theirs, newest first. */
  records: AcceptanceRecord[];
}

/** Null when nobody with this identifier has a live record. */
export function personHistory(
  records: readonly AcceptanceRecord[],
  identifier: string,
  refresherMonths: number,
  timeZone: string,
  today: Date,
): PersonHistory | null {
  const key = normaliseIdentifier(identifier);
  const theirs = records
    .filter((r) => normaliseIdentifier(r.learner.identifier) === key)
    .sort((a, b) => (a.signedAt < b.signedAt ? 1 : a.signedAt > b.signedAt ? -1 : 0));
  const latest = theirs[0];
  if (!latest) return null;
  const [row] = personStatuses({ records: theirs, refresherMonths, timeZone, today });
  return {
    identifier: key,
    fullName: latest.learner.fullName,
    status: row?.status ?? 'never',
    dueOn: row?.dueOn ?? null,
    daysLeft: row?.daysLeft ?? null,
    records: theirs,
  };
}
