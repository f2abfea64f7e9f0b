import { retentionReached, todayIn } from '../../../common/calendar/org-calendar';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

/**
 * Records signed more than `years` ago on the organisation's calendar: signed 2020-03-01 with a
 * 5-year retention is due for review from 2025-03-01 inclusive. Oldest first, so the review
 * reads in the order the records were made.
 */
export function recordsPastRetention(
  records: readonly AcceptanceRecord[],
  years: number,
  timeZone: string,
  now: Date,
): AcceptanceRecord[] {
  const today = todayIn(timeZone, now);
  return records
    .filter((record) => retentionReached(record.signedAt, years, today, timeZone))
    .sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0));
}
