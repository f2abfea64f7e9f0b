import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
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

/** Induction for someone the ledger has never seen; the refresher for anyone it has. */
export function suggestRecordType(records: readonly Completion[], identifier: string): RecordType {
  return hasEarlierCompletion(records, identifier) ? 'refresher' : 'induction';
}

/**
 * The refresher records that break the rule above, looked at as of their signing: nobody with
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
      r.recordType === 'refresher' &&
      Date.parse(r.signedAt) <= (first.get(normaliseIdentifier(r.learner.identifier)) ?? 0),
  );
}
