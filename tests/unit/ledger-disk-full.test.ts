import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDeviceKey } from '../../electron/services/device-key/device-key-file';
import { Ledger } from '../../electron/services/ledger/ledger';
import { TEST_KEY, testProtector } from '../support/test-device-key';
import { FullDisk } from './fixtures/full-disk';
import { checkpointPath, ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const DISK_FULL = { code: 'STORAGE_DISK_FULL', i18nKey: 'errors.storage.diskFull' };

/** Every file in the folder with its bytes: a refused write must leave exactly this. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(join(dir, name))).toString('base64');
  }
  return files;
}

async function ledgerOnFullDisk(records = 2) {
  const disk = new FullDisk();
  disk.full = false;
  const ledger = await Ledger.open(dir, { key: TEST_KEY, fs: disk });
  const kept = Array.from({ length: records }, () => sampleRecord());
  for (const record of kept) await ledger.appendCompletion(record);
  disk.full = true;
  return { disk, ledger, kept };
}

describe('a full disk gives a clear error and leaves nothing half-written', () => {
  it('a completion that does not fit is refused and the ledger stays byte for byte as it was', async () => {
    const { disk, ledger, kept } = await ledgerOnFullDisk();
    const before = await snapshot();
    const refused = sampleRecord();
    await expect(ledger.appendCompletion(refused)).rejects.toMatchObject(DISK_FULL);
    expect(await snapshot()).toEqual(before);

    disk.full = false; // space freed
    const later = sampleRecord();
    await ledger.appendCompletion(later);
    const reopened = await Ledger.open(dir, { key: TEST_KEY });
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toEqual([...kept, later]);
  });

  it('a batch that does not fit leaves none of its records behind', async () => {
    const { ledger } = await ledgerOnFullDisk();
    const before = await snapshot();
    const batch = [sampleRecord(), sampleRecord(), sampleRecord()];
    await expect(ledger.appendCompletions(batch)).rejects.toMatchObject(DISK_FULL);
    expect(await snapshot()).toEqual(before);
    expect((await Ledger.open(dir, { key: TEST_KEY })).liveRecords()).toHaveLength(2);
  });

  it('an erasure that does not fit changes nothing and leaves no temporary file', async () => {
    const { disk, ledger, kept } = await ledgerOnFullDisk();
    const before = await snapshot();
    await expect(ledger.eraseRecords([kept[0]!.recordId], 'subject-request')).rejects.toMatchObject(
      DISK_FULL,
    );
    expect(await snapshot()).toEqual(before);
    expect(ledger.liveRecords()).toEqual(kept);

    disk.full = false;
    await ledger.eraseRecords([kept[0]!.recordId], 'subject-request');
    const reopened = await Ledger.open(dir, { key: TEST_KEY });
    expect(reopened.verification().ok).toBe(true);
    expect(reopened.liveRecords()).toEqual([kept[1]]);
  });

  it('the very first completion on a full disk leaves no ledger and no checkpoint', async () => {
    const ledger = await Ledger.open(dir, { key: TEST_KEY, fs: new FullDisk() });
    await expect(ledger.appendCompletion(sampleRecord())).rejects.toMatchObject(DISK_FULL);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a record saved before the checkpoint runs out of room stays saved, and the ledger still verifies', async () => {
    const disk = new FullDisk((path) => path.includes('ledger-checkpoint'));
    disk.full = false;
    const ledger = await Ledger.open(dir, { key: TEST_KEY, fs: disk });
    const first = sampleRecord();
    await ledger.appendCompletion(first);
    const checkpoint = await readFile(checkpointPath(dir), 'utf8');
    disk.full = true;
    const second = sampleRecord();
    await ledger.appendCompletion(second); // acknowledged: it is on disk
    expect(await readFile(checkpointPath(dir), 'utf8')).toBe(checkpoint);
    expect((await readFile(ledgerPath(dir), 'utf8')).split('\n')).toHaveLength(3);
    const reopened = await Ledger.open(dir, { key: TEST_KEY });
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toEqual([first, second]);
  });

  it('a device key that cannot be written on a full disk is refused, not left half-written', async () => {
    await expect(
      openDeviceKey({ dataDir: dir, protector: testProtector(), fs: new FullDisk() }),
    ).rejects.toMatchObject(DISK_FULL);
    expect(await readdir(dir)).toEqual([]);
  });
});
