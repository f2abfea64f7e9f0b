import type { Ledger } from '../ledger/ledger';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { Settings } from '../../../common/settings/settings-schema';
import type {
  RecordFilter,
  RecordPage,
  RecordSort,
  RecordWindow,
} from '../../../common/lead/record-query';
import { recordIndexOf, type RecordIndex } from '../records/record-index';
import { normaliseIdentifier } from '../status/learner-identifier';
import { personStatuses, type PersonStatusRow } from '../status/learner-status';
import type { TableRow } from './record-rows';
import { DEFAULT_SORT, RecordTable } from './record-table';
import { isEmptyFilter, pageOf, rowFilter } from './records-query';

/**
 * The records table's data in main. The renderer asks for one window of rows at a time; the
 * filtered list is kept between calls, so scrolling through 100,000 records only slices an
 * array and never sends the whole list over IPC. The table follows the ledger's record index:
 * a new record or an erasure updates it in place. Damaged records are listed too, flagged, so
 * the lead sees them and why.
 */
export class LeadRecords {
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
   * Everyone's status for the dashboard, from the table's own (kept up to date as records
   * arrive), plus 'never' for people who started (`startedIdentifiers`) but have no record.
   */
  async people(startedIdentifiers: readonly string[]): Promise<PersonStatusRow[]> {
    const table = await this.current();
    const judged = table.people();
    const known = new Set(judged.map((person) => person.identifier));
    const { refresherMonths, timeZone } = this.settings();
    const onlyStarted = personStatuses({
      records: [],
      knownLearners: startedIdentifiers.filter((id) => !known.has(normaliseIdentifier(id))),
      refresherMonths,
      timeZone,
      today: this.now(),
    });
    return [...judged, ...onlyStarted];
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

  private async current(): Promise<RecordTable> {
    const index = recordIndexOf(await this.ledger());
    const { refresherMonths, timeZone } = this.settings();
    const basis = { refresherMonths, timeZone, now: this.now() };
    if (this.table?.index !== index) {
      const rows = new RecordTable(index.reviewed(), (record) => index.personKeyOf(record), basis);
      this.table = { index, rows };
      const stop = index.onChange((changes) => {
        if (this.table?.rows === rows && !changes.reset) {
          rows.remove(changes.removed);
          rows.add(changes.added);
          return;
        }
        // Replaced, or the index itself was rebuilt: build the table afresh on the next query.
        if (this.table?.rows === rows) this.table = null;
        stop();
      });
    }
    this.table.rows.setBasis(basis);
    return this.table.rows;
  }
}
