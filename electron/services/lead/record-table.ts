import { todayIn } from '../../../common/calendar/org-calendar';
import type { RecordSort } from '../../../common/lead/record-query';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { ReviewedRecord } from '../ledger/ledger';
import { personStatus, type PersonStatusRow } from '../status/learner-status';
import { runInTurns, runNow, sortedInSteps, type Steps } from '../work/in-turns';
import { PeopleFacts } from './people-facts';
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
  /** Each person's status as last judged, by person key (the dashboard's tiles count these). */
  private readonly judgedPeople = new Map<string, PersonStatusRow>();
  private readonly orders = new Map<string, TableRow[]>();
  private basis: ReturnType<typeof basisOn>;
  /** Changes with every change of content or status, so results built earlier can be dropped. */
  version = 0;

  /** What the dashboard adds up, per person, kept with their statuses. */
  readonly facts = new PeopleFacts();
  /** A re-judging of everyone under way in turns, and the basis it is for. */
  private rejudging: { key: string; done: Promise<void> } | null = null;

  /** Built at once: for a small ledger, or a test. */
  constructor(
    records: readonly ReviewedRecord[],
    private readonly personKeyOf: (record: AcceptanceRecord) => string,
    basis: StatusBasis,
    built: 'now' | 'later' = 'now',
  ) {
    this.basis = basisOn(basis);
    if (built === 'now') runNow(this.build(records));
  }

  /**
   * Built in turns of a few milliseconds, so main keeps answering while 100,000 records are
   * taken in (see work/in-turns.ts). `records` must not change meanwhile: pass a copy.
   */
  static async inTurns(
    records: readonly ReviewedRecord[],
    personKeyOf: (record: AcceptanceRecord) => string,
    basis: StatusBasis,
  ): Promise<RecordTable> {
    const table = new RecordTable(records, personKeyOf, basis, 'later');
    await runInTurns(table.build(records));
    return table;
  }

  private *build(records: readonly ReviewedRecord[]): Steps<void> {
    for (let i = 0; i < records.length; i += 1) {
      const { record, damage } = records[i]!;
      this.insertRow(record, damage);
      if ((i & 255) === 0) yield;
    }
    for (const key of this.rowsOf.keys()) {
      const sound = this.soundOf(key);
      this.judge(key, sound);
      this.facts.addWhileBuilding(key, sound, this.judgedPeople.get(key)?.latest ?? null);
      yield;
    }
    this.facts.settle();
    const order = yield* sortedInSteps([...this.byId.values()], rowComparator(DEFAULT_SORT));
    this.orders.set(sortId(DEFAULT_SORT), order);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Everyone with a sound live record, with their status, by person key. */
  get judged(): ReadonlyMap<string, PersonStatusRow> {
    return this.judgedPeople;
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

  /**
   * Statuses depend on the interval and the calendar day: re-judged only when they change, in
   * turns (callers wait for it; records arriving meanwhile are judged on the new basis).
   */
  setBasis(basis: StatusBasis): Promise<void> {
    const next = basisOn(basis);
    const before = this.basis;
    this.basis = next;
    const same =
      next.refresherMonths === before.refresherMonths &&
      next.timeZone === before.timeZone &&
      next.today === before.today;
    if (same) return this.rejudging?.done ?? Promise.resolve();
    const key = basisKey(next);
    const done = runInTurns(this.judgeEveryone()).then(() => {
      // A newer basis started its own pass; the last to finish is the one that stands.
      if (this.rejudging?.key === key) this.rejudging = null;
    });
    this.rejudging = { key, done };
    return done;
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

  private *judgeEveryone(): Steps<void> {
    const basis = this.basis;
    for (const key of [...this.rowsOf.keys()]) {
      // Superseded by a newer basis: that pass judges everyone again.
      if (this.basis !== basis) return;
      this.judge(key, this.soundOf(key));
      yield;
    }
    this.dropStatusOrders();
    this.version += 1;
  }

  private judgePerson(key: string): void {
    const sound = this.soundOf(key);
    this.judge(key, sound);
    this.facts.set(key, sound, this.judgedPeople.get(key)?.latest ?? null);
  }

  private soundOf(key: string): AcceptanceRecord[] {
    return (this.rowsOf.get(key) ?? []).filter((t) => !t.row.damage).map((t) => t.record);
  }

  private judge(key: string, sound: readonly AcceptanceRecord[]): void {
    const person = personStatus(key, sound, this.basis);
    if (person) this.judgedPeople.set(key, person);
    else this.judgedPeople.delete(key);
    this.apply(key);
  }

  /** Every row of the person (damaged ones too) shows the status judged on their sound ones. */
  private apply(key: string): void {
    const person = this.judgedPeople.get(key);
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

function basisOn(basis: StatusBasis) {
  return {
    refresherMonths: basis.refresherMonths,
    timeZone: basis.timeZone,
    today: todayIn(basis.timeZone, basis.now),
  };
}

const basisKey = (basis: ReturnType<typeof basisOn>) =>
  `${basis.refresherMonths}|${basis.timeZone}|${basis.today}`;

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
