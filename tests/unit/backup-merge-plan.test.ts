import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { backupFileName } from '../../electron/services/backup/backup-format';
import { planMerge } from '../../electron/services/backup/merge-plan';

function record(n: number, overrides: Partial<AcceptanceRecord> = {}): AcceptanceRecord {
  const hex = n.toString(16).padStart(12, '0');
  return {
    recordId: `00000000-0000-4000-8000-${hex}`,
    learner: { fullName: `Learner ${n}`, role: 'staff', identifier: `id-${n}` },
    recordType: 'induction',
    aupVersion: '1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: {},
    locale: 'en-GB',
    moduleScores: [],
    overallPercent: 90,
    startedAt: '2026-01-01T09:00:00Z',
    completedAt: '2026-01-01T10:00:00Z',
    signedAt: '2026-01-01T10:01:00Z',
    deviceId: 'dev',
    signatureMethod: 'typed',
    signatureSha256: 'b'.repeat(64),
    certificateCode: `AAAA-AAAA-AAAA-${String(n).padStart(4, '0')}`,
    expiresOn: '2027-01-01',
    organisationName: 'Org',
    ...overrides,
  };
}

const none = new Set<string>();

describe('deciding what a backup merge brings in', () => {
  it('new records are imported and identical ones count as duplicates', () => {
    const plan = planMerge(
      { live: [record(1)], erasedRecordIds: none },
      [record(1), record(2)],
      none,
    );
    expect(plan.toImport.map((r) => r.recordId)).toEqual([record(2).recordId]);
    expect(plan.duplicates).toHaveLength(1);
    expect(plan.conflicts).toEqual([]);
  });

  it('the same record id with different content is a conflict, not an overwrite', () => {
    const edited = record(1, { overallPercent: 100 });
    const plan = planMerge({ live: [record(1)], erasedRecordIds: none }, [edited], none);
    expect(plan.toImport).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        recordId: edited.recordId,
        certificateCode: edited.certificateCode,
        reason: 'record-differs',
      },
    ]);
  });

  it('a different record reusing a certificate code here is reported and not imported', () => {
    const clash = record(2, { certificateCode: record(1).certificateCode });
    const plan = planMerge({ live: [record(1)], erasedRecordIds: none }, [clash], none);
    expect(plan.toImport).toEqual([]);
    expect(plan.conflicts[0]?.reason).toBe('certificate-code-taken');
  });

  it('two records in one backup sharing a certificate code import only the first', () => {
    const clash = record(3, { certificateCode: record(2).certificateCode });
    const plan = planMerge({ live: [], erasedRecordIds: none }, [record(2), clash], none);
    expect(plan.toImport).toEqual([record(2)]);
    expect(plan.conflicts).toHaveLength(1);
  });

  it('a record erased here is never brought back by a merge', () => {
    const plan = planMerge(
      { live: [], erasedRecordIds: new Set([record(1).recordId]) },
      [record(1)],
      none,
    );
    expect(plan.toImport).toEqual([]);
    expect(plan.skippedErasedHere).toBe(1);
  });

  it('a record erased in the source is listed for the lead but kept here', () => {
    const plan = planMerge(
      { live: [record(1)], erasedRecordIds: none },
      [],
      new Set([record(1).recordId]),
    );
    expect(plan.erasedInSource).toEqual([record(1).recordId]);
    expect(plan.toImport).toEqual([]);
  });

  it('backup files are named by their UTC date', () => {
    expect(backupFileName(new Date('2026-03-01T23:30:00Z'))).toBe('esafety-backup-2026-03-01.json');
  });
});
