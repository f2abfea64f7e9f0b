import { describe, expect, it } from 'vitest';
import { recordRows, type RecordRow } from '../../electron/services/lead/record-rows';
import { queryRecords } from '../../electron/services/lead/records-query';
import { sampleRecord } from './fixtures/sample-record';

const TODAY = new Date('2026-06-15T12:00:00Z');

function rows(): RecordRow[] {
  return recordRows(
    [
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
    ],
    12,
    TODAY,
  );
}

const all = { offset: 0, limit: 100 };
const byName = { key: 'fullName', direction: 'asc' } as const;

describe('the lead records table query', () => {
  it('finds a person by name without needing the accents', () => {
    const page = queryRecords(rows(), { search: 'sian' }, byName, all);
    expect(page.rows.map((r) => r.fullName)).toEqual(['Siân Jones']);
    expect(page.totalAll).toBe(4);
  });

  it('gives every record of a person the status of their latest record', () => {
    const bob = queryRecords(rows(), { search: 'bob' }, byName, all).rows;
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
  ])('filter %j keeps only %j', (filter, names) => {
    expect(queryRecords(rows(), filter, byName, all).rows.map((r) => r.fullName)).toEqual(names);
  });

  it('sorts by status with overdue first, and by date newest first when descending', () => {
    const byStatus = queryRecords(rows(), {}, { key: 'status', direction: 'asc' }, all).rows;
    expect(byStatus.map((r) => r.status)).toEqual(['overdue', 'due-soon', 'current', 'current']);
    const newest = queryRecords(rows(), {}, { key: 'completedAt', direction: 'desc' }, all).rows;
    expect(newest[0]?.completedAt).toBe('2026-06-01T09:50:00.000Z');
  });

  it('returns only the asked-for window while reporting the full match count', () => {
    const page = queryRecords(rows(), {}, byName, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.offset).toBe(1);
    expect(page.rows).toHaveLength(2);
    expect(queryRecords(rows(), {}, byName, { offset: 99, limit: 2 }).rows).toEqual([]);
  });
});
