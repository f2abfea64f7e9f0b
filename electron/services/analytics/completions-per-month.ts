import { addMonths, dateParts, formatDateParts } from '../../../common/calendar/calendar-date';
import { todayIn } from '../../../common/calendar/org-calendar';
import { startOfDayInZone } from '../../../common/calendar/time-zone';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';

export interface MonthCount {
  /** YYYY-MM, a month of the organisation's calendar. */
  month: string;
  count: number;
}

/**
 * Completions in each of the last `monthsBack` calendar months, ending with this month, oldest
 * first. Months with none are included as 0 so a chart shows the gaps. A record counts in the
 * month its `completedAt` falls in on the organisation's calendar (the `timeZone` setting), as
 * the records filter and the certificate read it.
 */
export function completionsPerMonth(
  records: readonly Pick<AcceptanceRecord, 'completedAt' | 'recordType'>[],
  monthsBack: number,
  timeZone: string,
  now: Date,
): MonthCount[] {
  const times: number[] = [];
  for (const record of records) {
    // Signing a changed agreement alone is not a completion of the training.
    if (!renewsTraining(record.recordType)) continue;
    const ms = Date.parse(record.completedAt);
    // The ledger validates records; an unreadable date simply cannot fall in any month.
    if (!Number.isNaN(ms)) times.push(ms);
  }
  return monthCounts(Array.from(Float64Array.from(times).sort()), monthsBack, timeZone, now);
}

/**
 * The same counts from the completion times (ms) in ascending order, as the lead's dashboard
 * keeps them: each month is an interval of instants worked out once, and its count two binary
 * searches, so it costs the same at 100 records and at 100,000.
 */
export function monthCounts(
  sortedTimes: readonly number[],
  monthsBack: number,
  timeZone: string,
  now: Date,
): MonthCount[] {
  if (!Number.isInteger(monthsBack) || monthsBack < 1 || monthsBack > 1200) {
    throw new DomainError('analytics-bad-range', 'errors.analytics.badRange', { monthsBack });
  }
  const { year, month } = dateParts(todayIn(timeZone, now));
  const thisMonth = formatDateParts({ year, month, day: 1 });
  const firstDays = Array.from({ length: monthsBack + 1 }, (_, i) =>
    addMonths(thisMonth, i - monthsBack + 1),
  );
  const before = firstDays.map((day) => lowerBound(sortedTimes, startOfDayInZone(day, timeZone)));
  return firstDays.slice(0, monthsBack).map((day, i) => ({
    month: day.slice(0, 7),
    count: (before[i + 1] ?? 0) - (before[i] ?? 0),
  }));
}

/** How many of the ascending `sorted` are less than `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
