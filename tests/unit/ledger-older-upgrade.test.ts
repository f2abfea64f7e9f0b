import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { DEVICE_KEY_FILE_NAME } from '../../electron/services/device-key/device-key-file';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { confSettingsSource } from '../support/conf-settings-source';
import { testProtector } from '../support/test-device-key';
import { checkpointPath, ledgerPath, readEntries, writeEntries } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let temp: { dir: string; cleanup: () => Promise<void> };
const dataDir = () => join(temp.dir, 'app', 'data');

function start(): AppServices {
  const services = createAppServices({
    appName: 'test',
    appVersion: '0.0.0',
    dataDir: dataDir(),
    contentDir: join(process.cwd(), 'content'),
    settingsSource: confSettingsSource(join(temp.dir, 'app')),
    secretStore: testProtector(),
    dialogs: new TestDialogs(temp.dir),
    now: () => new Date('2026-06-15T12:00:00Z'),
  });
  services.leadSession.open(services.env.now());
  return services;
}

let records: AcceptanceRecord[];

/**
 * A data folder as the version before seals left it: the same chained entries, with no seal on
 * any line, no checkpoint file and no device key.
 */
async function asLeftByTheOlderVersion(): Promise<string> {
  const entries = await readEntries(dataDir());
  for (const entry of entries) {
    delete entry.keyId;
    delete entry.seal;
  }
  await writeEntries(dataDir(), entries);
  await rm(checkpointPath(dataDir()));
  await rm(join(dataDir(), DEVICE_KEY_FILE_NAME));
  return readFile(ledgerPath(dataDir()), 'utf8');
}

beforeEach(async () => {
  temp = await withTempDir();
  const services = start();
  const store = new SignatureStore(dataDir());
  records = [];
  for (const name of ['Ana Price', 'Ben Hall']) {
    const record = sampleRecord({
      signatureSha256: await store.saveTyped(name),
      learner: { fullName: name, role: 'staff', identifier: `${name[0]}@example.org` },
    });
    await (await services.ledger()).appendCompletion(record);
    records.push(record);
  }
});
afterEach(() => temp.cleanup());

describe('upgrading from the version before seals', () => {
  it('seals the older entries once, keeping every line’s bytes, so no record is lost to "unsealed"', async () => {
    const before = await asLeftByTheOlderVersion();
    const services = start();
    const ledger = await services.ledger();
    expect(ledger.verification().problems).toEqual([]);
    expect(ledger.liveRecords().map((r) => r.recordId)).toEqual(records.map((r) => r.recordId));
    const after = (await readFile(ledgerPath(dataDir()), 'utf8')).split('\n');
    before
      .split('\n')
      .filter((line) => line !== '')
      .forEach((line, i) => expect(after[i]?.startsWith(line.slice(0, -1))).toBe(true));
    await readFile(checkpointPath(dataDir()));
    const handlers = createHandlers(services);
    expect(
      (await handlers.leadVerifyCertificate({ input: records[1]!.certificateCode })).outcome,
    ).toBe('valid');
    // And a second start changes nothing more.
    const sealed = await readFile(ledgerPath(dataDir()), 'utf8');
    await (
      await start().ledger()
    ).fullyVerified;
    expect(await readFile(ledgerPath(dataDir()), 'utf8')).toBe(sealed);
  });

  it('leaves an older ledger that was edited as it is, with the edit reported', async () => {
    await asLeftByTheOlderVersion();
    const entries = await readEntries(dataDir());
    (entries[0]!.body as { overallPercent: number }).overallPercent = 100;
    await writeEntries(dataDir(), entries);
    const edited = await readFile(ledgerPath(dataDir()), 'utf8');
    const ledger = await start().ledger();
    expect(ledger.verification().problems.map((p) => p.nature)).toContain('edited');
    expect(ledger.verification().problems.map((p) => p.nature)).toContain('unsealed');
    expect(await readFile(ledgerPath(dataDir()), 'utf8')).toBe(edited);
  });

  it('never seals unsealed lines on a device that already had its key: those stay damage', async () => {
    await asLeftByTheOlderVersion();
    await start().deviceKey();
    const unsealed = await readFile(ledgerPath(dataDir()), 'utf8');
    const ledger = await start().ledger();
    expect(ledger.verification().problems.map((p) => p.nature)).toEqual([
      'checkpoint-missing',
      'unsealed',
      'unsealed',
    ]);
    expect(ledger.liveRecords()).toEqual([]);
    expect(await readFile(ledgerPath(dataDir()), 'utf8')).toBe(unsealed);
  });
});
