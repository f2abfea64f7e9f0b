import type { Ledger } from '../ledger/ledger';
import type { RecordDamage } from '../ledger/ledger-problem';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { Settings } from '../../../common/settings/settings-schema';
import { todayIn } from '../../../common/calendar/org-calendar';
import { recordRows, type RecordRow } from './record-rows';
import type {
  RecordFilter,
  RecordPage,
  RecordSort,
  RecordWindow,
} from '../../../common/lead/record-query';
import { filterRecords, pageOf, sortRecords } from './records-query';

/**
 * The records table's data in main. The renderer asks for one window of rows at a time; the
 * filtered and sorted list is kept between calls, so scrolling through 100,000 records only
 * slices an array and never sends the whole list over IPC.
 */
export class LeadRecords {
  private rowsCache: { key: string; rows: RecordRow[] } | null = null;
  private queryCache: { key: string; rows: RecordRow[] } | null = null;

  constructor(
    private readonly ledger: () => Promise<Ledger>,
    private readonly settings: () => Settings,
    private readonly now: () => Date,
  ) {}

  async liveRecords(): Promise<AcceptanceRecord[]> {
    return (await this.ledger()).liveRecords();
  }

  async rows(): Promise<RecordRow[]> {
    const ledger = await this.ledger();
    const { refresherMonths, timeZone } = this.settings();
    const now = this.now();
    // Any append or erasure adds an entry, so the entry count says when the ledger changed.
    const key = `${ledger.size}|${refresherMonths}|${timeZone}|${todayIn(timeZone, now)}`;
    if (this.rowsCache?.key !== key) {
      // Damaged records are listed too, flagged, so the lead sees them and why.
      const reviewed = ledger.reviewedRecords();
      const damaged = new Map<string, RecordDamage>();
      for (const { record, damage } of reviewed) if (damage) damaged.set(record.recordId, damage);
      const records = reviewed.map(({ record }) => record);
      this.rowsCache = { key, rows: recordRows(records, refresherMonths, timeZone, now, damaged) };
      this.queryCache = null;
    }
    return this.rowsCache.rows;
  }

  async query(filter: RecordFilter, sort: RecordSort, window: RecordWindow): Promise<RecordPage> {
    const all = await this.rows();
    const { timeZone } = this.settings();
    const key = JSON.stringify([filter, sort, timeZone]);
    if (this.queryCache?.key !== key) {
      this.queryCache = { key, rows: sortRecords(filterRecords(all, filter, timeZone), sort) };
    }
    return pageOf(this.queryCache.rows, all.length, window);
  }

  /**
   * Live records matching a filter, in ledger order (for exports). Only sound records: a
   * damaged one is in the table, flagged, but never in an export.
   */
  async matching(filter: RecordFilter): Promise<AcceptanceRecord[]> {
    const records = await this.liveRecords();
    if (Object.values(filter).every((value) => value === undefined || value === '')) return records;
    const { timeZone } = this.settings();
    const rows = filterRecords(await this.rows(), filter, timeZone);
    const ids = new Set(rows.map((row) => row.recordId));
    return records.filter((record) => ids.has(record.recordId));
  }
}
