import type { Ledger } from '../ledger/ledger';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { Settings } from '../../../common/settings/settings-schema';
import type {
  RecordFilter,
  RecordPage,
  RecordSort,
  RecordWindow,
} from '../../../common/lead/record-query';
import { recordIndexOf, type RecordChanges, type RecordIndex } from '../records/record-index';
import type { TableRow } from './record-rows';
import { DEFAULT_SORT, RecordTable, type StatusBasis } from './record-table';
import { isEmptyFilter, pageOf, rowFilter } from './records-query';

/**
 * The records table's data in main. The renderer asks for one window of rows at a time; the
 * filtered list is kept between calls, so scrolling through 100,000 records only slices an
 * array and never sends the whole list over IPC. The table follows the ledger's record index:
 * a new record or an erasure updates it in place. Damaged records are listed too, flagged, so
 * the lead sees them and why.
 */
/** A table being built (or built) for an index; replaced when the index is rebuilt. */
interface Building {
  index: RecordIndex;
  /** Which build this is: one dropped meanwhile must not take the place of its successor. */
  token: object;
  table: Promise<RecordTable>;
}

export class LeadRecords {
  /** The table being built for the current index, or built; then `table` too. */
  private building: Building | null = null;
  private table: { index: RecordIndex; rows: RecordTable } | null = null;
  private queryCache: {
    key: string;
    table: RecordTable;
    version: number;
    rows: readonly TableRow[];
  } | null = null;

  constructor(
    private readonly ledger: () => Promise<Ledger>,
    private readonly settings: () => Settings,
    private readonly now: () => Date,
  ) {}

  /** Sound live records in ledger order. */
  async liveRecords(): Promise<AcceptanceRecord[]> {
    return [...recordIndexOf(await this.ledger()).live()];
  }

  async query(filter: RecordFilter, sort: RecordSort, window: RecordWindow): Promise<RecordPage> {
    const table = await this.current();
    const { timeZone } = this.settings();
    const key = JSON.stringify([filter, sort, timeZone]);
    let cached = this.queryCache;
    if (cached?.key !== key || cached.table !== table || cached.version !== table.version) {
      const order = table.sorted(sort);
      const rows = isEmptyFilter(filter) ? order : order.filter(rowFilter(filter, timeZone));
      cached = { key, table, version: table.version, rows };
      this.queryCache = cached;
    }
    return pageOf(cached.rows, table.size, window);
  }

  /**
   * Live records matching a filter, in ledger order (for exports). Only sound records: a
   * damaged one is in the table, flagged, but never in an export.
   */
  async matching(filter: RecordFilter): Promise<AcceptanceRecord[]> {
    const records = await this.liveRecords();
    if (isEmptyFilter(filter)) return records;
    const table = await this.current();
    const keep = rowFilter(filter, this.settings().timeZone);
    const ids = new Set(
      table
        .sorted(DEFAULT_SORT)
        .filter(keep)
        .map((t) => t.row.recordId),
    );
    return records.filter((record) => ids.has(record.recordId));
  }

  /** The table the lead's screens read, itself read only after it is fully built and judged. */
  async current(): Promise<RecordTable> {
    const index = recordIndexOf(await this.ledger());
    const { refresherMonths, timeZone } = this.settings();
    const basis = { refresherMonths, timeZone, now: this.now() };
    if (this.building?.index !== index) {
      const token = {};
      this.building = { index, token, table: this.follow(index, token, basis) };
    }
    const table = await this.building.table;
    // Dropped while it was built (the index was rebuilt): a fresh one is the one to read.
    if (this.table?.rows !== table) return this.current();
    await table.setBasis(basis);
    return table;
  }

  /**
   * A table of the index's records, built in turns, then kept in step with the index: changes
   * made while it was being built are applied when it is done, in the order they happened.
   */
  private async follow(
    index: RecordIndex,
    token: object,
    basis: StatusBasis,
  ): Promise<RecordTable> {
    const missed: RecordChanges[] = [];
    let rows: RecordTable | null = null;
    const stop = index.onChange((changes) => {
      if (changes.reset) {
        // The index itself was rebuilt: a fresh table is built on the next call.
        if (this.building?.token === token) this.building = null;
        if (this.table?.rows === rows) this.table = null;
        stop();
      } else if (!rows) {
        missed.push(changes);
      } else {
        rows.remove(changes.removed);
        rows.add(changes.added);
      }
    });
    try {
      // A copy: the index's own list grows as records are appended while this one is read.
      const built = await RecordTable.inTurns(
        [...index.reviewed()],
        (record) => index.personKeyOf(record),
        basis,
      );
      for (const changes of missed) {
        if (changes.reset) continue;
        built.remove(changes.removed);
        built.add(changes.added);
      }
      rows = built;
      // Only while still the one being followed: one dropped meanwhile is never handed out.
      if (this.building?.token === token) this.table = { index, rows };
      return built;
    } catch (error) {
      stop();
      if (this.building?.token === token) this.building = null;
      throw error;
    }
  }
}
