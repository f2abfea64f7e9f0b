import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
import { needsEarlierCompletion } from '../../../common/records/record-kinds';
import { resignNeeded } from '../../../common/status/policy-status';
import { personStatuses } from '../status/learner-status';
import { normaliseIdentifier } from '../status/learner-identifier';

type Completion = Pick<AcceptanceRecord, 'learner'>;

/**
 * The one rule for who may take the refresher: someone with a completion on record (made on
 * this device or imported from another) under the same email or staff ID, written any way
 * round (case and spaces do not matter). Main refuses a refresher start without one.
 */
export function hasEarlierCompletion(records: readonly Completion[], identifier: string): boolean {
  const wanted = normaliseIdentifier(identifier);
  return records.some((r) => normaliseIdentifier(r.learner.identifier) === wanted);
}

/** What the person's choice depends on besides their records: the policy now, and today. */
export interface ChoiceBasis {
  /** The agreement's current version. */
  aupVersion: string;
  refresherMonths: number;
  timeZone: string;
  today: Date;
}

/**
 * The kinds of training this person may start, the suggested one first: the induction for
 * someone never seen; the refresher (or the full induction again) for anyone with a completion;
 * and, when the lead has published a new agreement since they signed, signing only what changed.
 * That comes first while their training is current; once it falls due the refresher comes
 * first, since it signs the new version too. Main refuses any kind not offered here.
 */
export function recordTypeChoices(
  records: readonly AcceptanceRecord[],
  identifier: string,
  basis: ChoiceBasis,
): RecordType[] {
  const wanted = normaliseIdentifier(identifier);
  const theirs = records.filter((r) => normaliseIdentifier(r.learner.identifier) === wanted);
  if (!hasEarlierCompletion(theirs, identifier)) return ['induction'];
  const [person] = personStatuses({ ...basis, records: theirs });
  if (!resignNeeded(person?.latest, basis.aupVersion)) return ['refresher', 'induction'];
  return person?.status === 'current'
    ? ['resign', 'refresher', 'induction']
    : ['refresher', 'resign', 'induction'];
}

/**
 * The refresher (and re-sign) records that break the rule above, looked at as of their
 * signing: nobody with
 * the same email or staff ID had completed before them. Found in one pass (each person's first completion), so the lead's
 * dashboard stays quick on a large ledger.
 */
export function refreshersWithoutEarlierCompletion<
  R extends Pick<AcceptanceRecord, 'learner' | 'signedAt' | 'recordType'>,
>(records: readonly R[]): R[] {
  const first = new Map<string, number>();
  for (const r of records) {
    const key = normaliseIdentifier(r.learner.identifier);
    const at = Date.parse(r.signedAt);
    first.set(key, Math.min(at, first.get(key) ?? at));
  }
  return records.filter(
    (r) =>
      needsEarlierCompletion(r.recordType) &&
      Date.parse(r.signedAt) <= (first.get(normaliseIdentifier(r.learner.identifier)) ?? 0),
  );
}
