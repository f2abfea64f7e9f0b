import { dayRange, withinDayRange } from '../../../common/calendar/org-calendar';
import type {
  RecordFilter,
  RecordPage,
  RecordSort,
  RecordWindow,
} from '../../../common/lead/record-query';
import type { PersonStatus } from '../../../common/status/person-status';
import { fold, type TableRow } from './record-rows';

/** Status order for sorting: the ones needing action first when ascending. */
const STATUS_RANK: Record<PersonStatus, number> = {
  overdue: 0,
  'due-soon': 1,
  never: 2,
  current: 3,
};

/**
 * A filter turned into one test per row, with the search folded once, not once per row. `from`
 * and `to` are days on the organisation's calendar (the `timeZone` setting).
 */
export function rowFilter(filter: RecordFilter, timeZone: string): (row: TableRow) => boolean {
  const needle = filter.search ? fold(filter.search.trim()) : '';
  const days = filter.from || filter.to ? dayRange(filter.from, filter.to, timeZone) : null;
  return ({ row, search }) =>
    (!filter.role || row.role === filter.role) &&
    (!filter.status || row.status === filter.status) &&
    (!filter.recordType || row.recordType === filter.recordType) &&
    (!days || withinDayRange(row.completedAt, days)) &&
    (needle === '' || search.includes(needle));
}

export function isEmptyFilter(filter: RecordFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === '');
}

const compareText = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function primaryKey(sort: RecordSort): (t: TableRow) => string | number {
  switch (sort.key) {
    case 'fullName':
      return (t) => t.nameKey;
    case 'identifier':
      return (t) => t.identifierKey;
    case 'overallPercent':
      return (t) => t.row.overallPercent;
    case 'status':
      return (t) => STATUS_RANK[t.row.status];
    default: {
      const key = sort.key;
      return (t) => t.row[key];
    }
  }
}

/** The table's order for a sort. Ties fall back to completion time (newest first), then id. */
export function rowComparator(sort: RecordSort): (a: TableRow, b: TableRow) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = primaryKey(sort);
  return (a, b) =>
    sign * compareText(key(a), key(b)) ||
    compareText(b.row.completedAt, a.row.completedAt) ||
    compareText(a.row.recordId, b.row.recordId);
}

export function pageOf(
  rows: readonly TableRow[],
  totalAll: number,
  window: RecordWindow,
): RecordPage {
  const offset = Math.max(0, Math.min(window.offset, rows.length));
  return {
    total: rows.length,
    totalAll,
    offset,
    rows: rows.slice(offset, offset + window.limit).map((t) => t.row),
  };
}
