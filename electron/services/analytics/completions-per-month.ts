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
  if (!Number.isInteger(monthsBack) || monthsBack < 1 || monthsBack > 1200) {
    throw new DomainError('analytics-bad-range', 'errors.analytics.badRange', { monthsBack });
  }
  const { year, month } = dateParts(todayIn(timeZone, now));
  const thisMonth = formatDateParts({ year, month, day: 1 });
  const firstDays = Array.from({ length: monthsBack + 1 }, (_, i) =>
    addMonths(thisMonth, i - monthsBack + 1),
  );
  // Each month as an interval of instants, worked out once, so 100,000 records cost one
  // number comparison each rather than a time-zone conversion each.
  const starts = firstDays.map((day) => startOfDayInZone(day, timeZone));
  const counts = new Array<number>(monthsBack).fill(0);
  const windowStart = starts[0] ?? 0;
  const windowEnd = starts[monthsBack] ?? 0;
  for (const record of records) {
    // Signing a changed agreement alone is not a completion of the training.
    if (!renewsTraining(record.recordType)) continue;
    const ms = Date.parse(record.completedAt);
    // The ledger validates records; an unreadable date simply cannot fall in any month.
    if (Number.isNaN(ms) || ms < windowStart || ms >= windowEnd) continue;
    let index = monthsBack - 1;
    while (index > 0 && ms < (starts[index] ?? 0)) index -= 1;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ month: (firstDays[i] ?? '').slice(0, 7), count }));
}
