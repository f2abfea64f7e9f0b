import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFilter, RecordSort, RecordWindow } from '../../common/lead/record-query';
import type { Settings } from '../../common/settings/settings-schema';
import { LeadRecords } from '../../electron/services/lead/lead-records';
import { Ledger } from '../../electron/services/ledger/ledger';
import { TEST_LEDGER } from '../support/test-device-key';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const TODAY = new Date('2026-06-15T12:00:00Z');

let temp: { dir: string; cleanup: () => Promise<void> };
let table: LeadRecords;
/** The lead's records table in main, over a real ledger holding four completions. */
beforeAll(async () => {
  temp = await withTempDir();
  const ledger = await Ledger.open(temp.dir, TEST_LEDGER);
  for (const record of [
    sampleRecord({
      learner: { fullName: 'Siân Jones', role: 'volunteer', identifier: 'sian@example.org' },
      signedAt: '2025-07-01T10:00:00.000Z',
      completedAt: '2025-07-01T09:50:00.000Z',
    }),
    sampleRecord({
      learner: { fullName: 'Bob Adams', role: 'staff', identifier: 'BOB@example.org' },
      recordType: 'refresher',
      signedAt: '2026-06-01T10:00:00.000Z',
      completedAt: '2026-06-01T09:50:00.000Z',
    }),
    sampleRecord({
      learner: { fullName: 'Bob Adams', role: 'staff', identifier: 'bob@example.org' },
      signedAt: '2025-01-10T10:00:00.000Z',
      completedAt: '2025-01-10T09:50:00.000Z',
    }),
    sampleRecord({
      learner: { fullName: 'Cara Evans', role: 'trustee', identifier: 'c.evans' },
      signedAt: '2025-03-01T10:00:00.000Z',
      completedAt: '2025-03-01T09:50:00.000Z',
    }),
  ]) {
    await ledger.appendCompletion(record);
  }
  table = new LeadRecords(
    async () => ledger,
    () => ({ refresherMonths: 12, timeZone: 'Europe/London' }) as Settings,
    () => TODAY,
  );
});
afterAll(() => temp.cleanup());

const query = (filter: RecordFilter, sort: RecordSort, window: RecordWindow) =>
  table.query(filter, sort, window);

const all = { offset: 0, limit: 100 };
const byName = { key: 'fullName', direction: 'asc' } as const;

describe('the lead records table query', () => {
  it('finds a person by name without needing the accents', async () => {
    const page = await query({ search: 'sian' }, byName, all);
    expect(page.rows.map((r) => r.fullName)).toEqual(['Siân Jones']);
    expect(page.totalAll).toBe(4);
  });

  it('gives every record of a person the status of their latest record', async () => {
    const bob = (await query({ search: 'bob' }, byName, all)).rows;
    expect(bob.map((r) => r.status)).toEqual(['current', 'current']);
    expect(bob.filter((r) => r.latest)).toHaveLength(1);
  });

  it.each([
    [{ status: 'due-soon' as const }, ['Siân Jones']],
    [{ status: 'overdue' as const }, ['Cara Evans']],
    [{ role: 'trustee' as const }, ['Cara Evans']],
    [{ recordType: 'refresher' as const }, ['Bob Adams']],
    [{ from: '2025-03-01', to: '2025-07-01' }, ['Cara Evans', 'Siân Jones']],
    [{ to: '2025-01-10' }, ['Bob Adams']],
  ])('filter %j keeps only %j', async (filter, names) => {
    expect((await query(filter, byName, all)).rows.map((r) => r.fullName)).toEqual(names);
  });

  it('sorts by status with overdue first, and by date newest first when descending', async () => {
    const byStatus = (await query({}, { key: 'status', direction: 'asc' }, all)).rows;
    expect(byStatus.map((r) => r.status)).toEqual(['overdue', 'due-soon', 'current', 'current']);
    const newest = (await query({}, { key: 'completedAt', direction: 'desc' }, all)).rows;
    expect(newest[0]?.completedAt).toBe('2026-06-01T09:50:00.000Z');
  });

  it('returns only the asked-for window while reporting the full match count', async () => {
    const page = await query({}, byName, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.offset).toBe(1);
    expect(page.rows).toHaveLength(2);
    expect((await query({}, byName, { offset: 99, limit: 2 })).rows).toEqual([]);
  });
});
