import { todayIn } from '../../../common/calendar/org-calendar';
import type { RecordSort } from '../../../common/lead/record-query';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { ReviewedRecord } from '../ledger/ledger';
import { personStatuses, type PersonStatusRow } from '../status/learner-status';
import { tableRow, type TableRow } from './record-rows';
import { rowComparator } from './records-query';

/** The order the table opens in; kept sorted at all times. */
export const DEFAULT_SORT: RecordSort = { key: 'completedAt', direction: 'desc' };
const sortId = (sort: RecordSort) => `${sort.key}|${sort.direction}`;

/** What statuses are judged against: the interval, the organisation's calendar, and today. */
export interface StatusBasis {
  refresherMonths: number;
  timeZone: string;
  now: Date;
}

/**
 * The lead's records table as main keeps it, updated as records come and go rather than rebuilt:
 * a new record costs a few binary insertions and its person's status, not a pass over 100,000
 * rows. Each sort order is built the first time it is asked for and then kept in order. Damaged
 * records are listed, flagged, but count toward no one's status.
 */
export class RecordTable {
  private readonly byId = new Map<string, TableRow>();
  private readonly rowsOf = new Map<string, TableRow[]>();
  /** Each person's status as last judged (the dashboard's tiles count these). */
  private readonly judged = new Map<string, PersonStatusRow>();
  private readonly orders = new Map<string, TableRow[]>();
  private basis: { refresherMonths: number; timeZone: string; today: string; now: Date };
  /** Changes with every change of content or status, so results built earlier can be dropped. */
  version = 0;

  constructor(
    records: readonly ReviewedRecord[],
    private readonly personKeyOf: (record: AcceptanceRecord) => string,
    basis: StatusBasis,
  ) {
    for (const { record, damage } of records) this.insertRow(record, damage);
    this.basis = { ...basis, today: todayIn(basis.timeZone, basis.now) };
    this.judgeEveryone();
    this.orders.set(sortId(DEFAULT_SORT), this.sortedCopy(DEFAULT_SORT));
  }

  get size(): number {
    return this.byId.size;
  }

  /** Everyone with a sound live record, with their status. */
  people(): PersonStatusRow[] {
    return [...this.judged.values()];
  }

  /** Every row in the order asked for. Do not modify. */
  sorted(sort: RecordSort): readonly TableRow[] {
    let order = this.orders.get(sortId(sort));
    if (!order) {
      order = this.sortedCopy(sort);
      this.orders.set(sortId(sort), order);
    }
    return order;
  }

  /** Statuses depend on the interval and the calendar day: re-judged only when they change. */
  setBasis(basis: StatusBasis): void {
    const today = todayIn(basis.timeZone, basis.now);
    const before = this.basis;
    this.basis = { ...basis, today };
    if (
      basis.refresherMonths === before.refresherMonths &&
      basis.timeZone === before.timeZone &&
      today === before.today
    ) {
      return;
    }
    this.judgeEveryone();
    this.dropStatusOrders();
    this.version += 1;
  }

  add(records: readonly ReviewedRecord[]): void {
    const touched = new Set<string>();
    for (const { record, damage } of records) {
      if (this.byId.has(record.recordId)) continue;
      const added = this.insertRow(record, damage);
      touched.add(added.row.personKey);
      for (const [id, order] of this.orders) {
        if (!id.startsWith('status|')) insertSorted(order, added, rowComparator(parseSortId(id)));
      }
    }
    if (touched.size === 0) return;
    for (const key of touched) this.judgePerson(key);
    // A new record can change its person's status, and so where their other rows sort.
    this.dropStatusOrders();
    this.version += 1;
  }

  remove(ids: ReadonlySet<string>): void {
    const touched = new Set<string>();
    for (const id of ids) {
      const gone = this.byId.get(id);
      if (!gone) continue;
      this.byId.delete(id);
      const key = gone.row.personKey;
      const left = (this.rowsOf.get(key) ?? []).filter((t) => t !== gone);
      if (left.length > 0) this.rowsOf.set(key, left);
      else this.rowsOf.delete(key);
      touched.add(key);
    }
    if (touched.size === 0) return;
    for (const [id, order] of this.orders) {
      this.orders.set(
        id,
        order.filter((t) => !ids.has(t.row.recordId)),
      );
    }
    for (const key of touched) this.judgePerson(key);
    this.dropStatusOrders();
    this.version += 1;
  }

  private insertRow(record: AcceptanceRecord, damage: ReviewedRecord['damage']): TableRow {
    const row = tableRow(record, this.personKeyOf(record), damage);
    this.byId.set(record.recordId, row);
    const theirs = this.rowsOf.get(row.row.personKey);
    if (theirs) theirs.push(row);
    else this.rowsOf.set(row.row.personKey, [row]);
    return row;
  }

  private judgeEveryone(): void {
    this.judged.clear();
    const sound = [...this.byId.values()].filter((t) => !t.row.damage).map((t) => t.record);
    for (const person of personStatuses({ ...this.basis, records: sound, today: this.basis.now })) {
      this.judged.set(person.identifier, person);
    }
    for (const key of this.rowsOf.keys()) this.apply(key);
  }

  private judgePerson(key: string): void {
    const sound = (this.rowsOf.get(key) ?? []).filter((t) => !t.row.damage).map((t) => t.record);
    const [person] = personStatuses({ ...this.basis, records: sound, today: this.basis.now });
    if (person) this.judged.set(key, person);
    else this.judged.delete(key);
    this.apply(key);
  }

  /** Every row of the person (damaged ones too) shows the status judged on their sound ones. */
  private apply(key: string): void {
    const person = this.judged.get(key);
    for (const { row } of this.rowsOf.get(key) ?? []) {
      row.status = person?.status ?? 'never';
      row.latest = person?.latest?.recordId === row.recordId;
    }
  }

  private dropStatusOrders(): void {
    for (const id of [...this.orders.keys()]) if (id.startsWith('status|')) this.orders.delete(id);
  }

  private sortedCopy(sort: RecordSort): TableRow[] {
    return [...this.byId.values()].sort(rowComparator(sort));
  }
}

function parseSortId(id: string): RecordSort {
  const [key, direction] = id.split('|') as [RecordSort['key'], RecordSort['direction']];
  return { key, direction };
}

/** Binary search for the place, then one splice: the order stays sorted without a re-sort. */
function insertSorted(
  order: TableRow[],
  row: TableRow,
  compare: (a: TableRow, b: TableRow) => number,
): void {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(order[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  order.splice(low, 0, row);
}
