import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { addMonthsUtc, utcDateOf } from '../status/utc-dates';

/**
 * Records signed more than `years` ago (by UTC calendar date): signed 2020-03-01 with a 5-year
 * retention is due for review from 2025-03-01 inclusive. Oldest first, so the review reads in
 * the order the records were made.
 */
export function recordsPastRetention(
  records: readonly AcceptanceRecord[],
  years: number,
  today: Date,
): AcceptanceRecord[] {
  const todayDate = utcDateOf(today);
  return records
    .filter((record) => addMonthsUtc(utcDateOf(record.signedAt), years * 12) <= todayDate)
    .sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0));
}
