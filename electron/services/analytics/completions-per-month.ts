import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

export interface MonthCount {
  /** YYYY-MM (UTC). */
  month: string;
  count: number;
}

function monthKey(year: number, monthIndex: number): string {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * Completions in each of the last `monthsBack` calendar months, ending with today's month, oldest
 * first. Months with none are included as 0 so a chart shows the gaps. A record counts in the
 * UTC month of `completedAt`.
 */
export function completionsPerMonth(
  records: readonly Pick<AcceptanceRecord, 'completedAt'>[],
  monthsBack: number,
  today: Date,
): MonthCount[] {
  if (!Number.isInteger(monthsBack) || monthsBack < 1 || monthsBack > 1200) {
    throw new DomainError('analytics-bad-range', 'errors.analytics.badRange', { monthsBack });
  }
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const counts = new Map<string, number>();
  for (let back = monthsBack - 1; back >= 0; back -= 1) counts.set(monthKey(year, month - back), 0);
  for (const record of records) {
    const ms = Date.parse(record.completedAt);
    // The ledger validates records; an unreadable date simply cannot fall in any month.
    if (Number.isNaN(ms)) continue;
    const key = new Date(ms).toISOString().slice(0, 7);
    const current = counts.get(key);
    if (current !== undefined) counts.set(key, current + 1);
  }
  return [...counts].map(([key, count]) => ({ month: key, count }));
}
