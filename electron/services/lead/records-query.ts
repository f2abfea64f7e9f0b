import { dayRange, withinDayRange } from '../../../common/calendar/org-calendar';
import type {
  RecordFilter,
  RecordPage,
  RecordSort,
  RecordWindow,
} from '../../../common/lead/record-query';
import type { PersonStatus } from '../../../common/status/person-status';
import type { RecordRow } from './record-rows';

/** Status order for sorting: the ones needing action first when ascending. */
const STATUS_RANK: Record<PersonStatus, number> = {
  overdue: 0,
  'due-soon': 1,
  never: 2,
  current: 3,
};

function fold(text: string): string {
  // Strip accents so "sian" finds "Siân" on any keyboard.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `from` and `to` are days on the organisation's calendar (the `timeZone` setting). */
export function filterRecords(
  rows: readonly RecordRow[],
  filter: RecordFilter,
  timeZone: string,
): RecordRow[] {
  const needle = filter.search ? fold(filter.search.trim()) : '';
  const days = filter.from || filter.to ? dayRange(filter.from, filter.to, timeZone) : null;
  return rows.filter(
    (row) =>
      (!filter.role || row.role === filter.role) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.recordType || row.recordType === filter.recordType) &&
      (!days || withinDayRange(row.completedAt, days)) &&
      (needle === '' ||
        fold(row.fullName).includes(needle) ||
        fold(row.identifier).includes(needle) ||
        row.certificateCode.toLowerCase().includes(needle)),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts in place and returns the array. Ties fall back to completion time, then record id. */
export function sortRecords(rows: RecordRow[], sort: RecordSort): RecordRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Keys are computed once per row, not once per comparison: it keeps 100,000 rows quick.
  const keyOf = (row: RecordRow): string | number => {
    switch (sort.key) {
      case 'fullName':
      case 'identifier':
        return fold(row[sort.key]);
      case 'overallPercent':
        return row.overallPercent;
      case 'status':
        return STATUS_RANK[row.status];
      default:
        return row[sort.key];
    }
  };
  const keys = new Map<RecordRow, string | number>();
  for (const row of rows) keys.set(row, keyOf(row));
  const primary = (a: RecordRow, b: RecordRow): number => {
    const x = keys.get(a) ?? '';
    const y = keys.get(b) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return rows.sort(
    (a, b) =>
      sign * primary(a, b) ||
      compareText(b.completedAt, a.completedAt) ||
      compareText(a.recordId, b.recordId),
  );
}

export function pageOf(
  rows: readonly RecordRow[],
  totalAll: number,
  window: RecordWindow,
): RecordPage {
  const offset = Math.max(0, Math.min(window.offset, rows.length));
  return { total: rows.length, totalAll, offset, rows: rows.slice(offset, offset + window.limit) };
}
