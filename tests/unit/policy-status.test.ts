import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { modulesDue, resignNeeded } from '../../common/status/policy-status';
import { writeCsv } from '../../electron/services/exports/csv-export';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const modules = ['accounts', 'images', 'gaming'];

describe('who the current policy asks something of', () => {
  it.each<[string, string | undefined, boolean]>([
    ['a signature of the current version needs nothing', '2026.2-org.3', false],
    ['a signature of an older organisation version must be renewed', '2026.2-org.2', true],
    [
      'a signature of the built-in agreement, once the organisation publishes its own',
      '2026.2',
      true,
    ],
    [
      'someone who never signed is not "re-sign needed" (they are never completed)',
      undefined,
      false,
    ],
  ])('%s', (_, signed, expected) => {
    expect(resignNeeded(signed ? { aupVersion: signed } : null, '2026.2-org.3')).toBe(expected);
  });

  it('making a module required again puts only that role due for it', () => {
    // Volunteers took an induction while gaming was optional for them; it is now required.
    const taken = ['accounts', 'images'];
    expect(modulesDue({ role: 'volunteer', taken, moduleIds: modules, requirements: {} })).toEqual([
      'gaming',
    ]);
    const stillOptionalForTrustees = { gaming: { trustee: 'optional' as const } };
    expect(
      modulesDue({
        role: 'trustee',
        taken,
        moduleIds: modules,
        requirements: stillOptionalForTrustees,
      }),
    ).toEqual([]);
    expect(
      modulesDue({
        role: 'staff',
        taken: modules,
        moduleIds: modules,
        requirements: stillOptionalForTrustees,
      }),
    ).toEqual([]);
  });

  it('the CSV says, per record, whether it is of an older version than the one signed now', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const file = join(dir, 'records.csv');
      const records = [
        sampleRecord({ aupVersion: '2026.2-org.1' }),
        sampleRecord({ aupVersion: '2026.2-org.2' }),
      ];
      await writeCsv(records, file, {
        labels: { resignNeeded: 'Re-sign needed' },
        currentAupVersion: '2026.2-org.2',
      });
      const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(rows.data.map((row) => row['Re-sign needed'])).toEqual(['yes', 'no']);
    } finally {
      await cleanup();
    }
  });
});
