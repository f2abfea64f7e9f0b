import { readFile } from 'node:fs/promises';
import { Ledger } from '../../electron/services/ledger/ledger';
import type * as LedgerEntryModule from '../../electron/services/ledger/ledger-entry';
import { scanLedger } from '../../electron/services/ledger/ledger-verify';
import { TEST_KEY, TEST_LEDGER } from '../support/test-device-key';
import { ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

// Counts every header hash worked out outside the module that defines it.
const counted = vi.hoisted(() => ({ headerHashes: 0 }));
vi.mock('../../electron/services/ledger/ledger-entry', async (importOriginal) => {
  const original = await importOriginal<typeof LedgerEntryModule>();
  return {
    ...original,
    entryDigest: (...args: Parameters<typeof original.entryDigest>) => {
      counted.headerHashes += 1;
      return original.entryDigest(...args);
    },
  };
});

it('checking a ledger hashes each entry’s header once, however long the ledger', async () => {
  const { dir, cleanup } = await withTempDir();
  try {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    for (let n = 0; n < 20; n += 1) await ledger.appendCompletion(sampleRecord());
    const bytes = await readFile(ledgerPath(dir));
    counted.headerHashes = 0;
    const scan = scanLedger(bytes, { key: TEST_KEY });
    expect(scan.problems).toEqual([]);
    expect(scan.placed).toHaveLength(20);
    // One per line, plus one to confirm the newest entry as the head new entries link to.
    expect(counted.headerHashes).toBe(21);
  } finally {
    await cleanup();
  }
});
