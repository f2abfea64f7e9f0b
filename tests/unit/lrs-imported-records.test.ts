import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppServices } from '../../electron/services/app-services';
import { createBackup } from '../../electron/services/backup/create-backup';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { startLrs, type LrsServer } from '../support/lrs-server';

/**
 * A device with no network (a kiosk, say) hands its records over as a backup. Imported on a
 * device that syncs with the LRS, they reach the LRS too: whether the LRS was set up before or
 * after the import must not decide whether the organisation's shared record is complete.
 */

const LRS_SETTINGS = {
  key: 'riverside-key',
  secret: 'riverside-secret',
  activityBase: 'https://riverside.example.org/xapi',
  homePage: 'https://riverside.example.org',
};

let lrs: LrsServer;
let temp: { dir: string; cleanup: () => Promise<void> };
const stops: (() => Promise<void>)[] = [];
beforeEach(async () => {
  lrs = await startLrs();
  temp = await withTempDir();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await temp.cleanup();
  await lrs.stop();
});

async function device(name: string): Promise<AppServices> {
  const dir = join(temp.dir, name);
  await mkdir(dir, { recursive: true });
  const services = servicesAt(dir);
  stops.push(() => services.lrs.sync.stop());
  services.settings.update({
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
    setupComplete: true,
  });
  return services;
}

describe('records imported from an offline device’s backup', () => {
  it('reach the LRS when this device already syncs with it', async () => {
    const kiosk = await device('kiosk');
    const signatureSha256 = await new SignatureStore(kiosk.env.dataDir).saveTyped('Ffion Jones');
    const record = sampleRecord({
      learner: { fullName: 'Ffion Jones', role: 'staff', identifier: 'ffion@example.org' },
      deviceId: kiosk.settings.get().deviceId,
      signatureSha256,
    });
    await (await kiosk.ledger()).appendCompletion(record);
    const backup = join(temp.dir, 'kiosk.json');
    await createBackup(
      kiosk.env.dataDir,
      kiosk.settings.get(),
      backup,
      (await kiosk.deviceKey()).key,
    );

    const office = await device('office');
    await office.lrs.saveSettings({ endpoint: lrs.endpoint, ...LRS_SETTINGS });
    const inspection = await office.lead.imports.inspect(backup);
    const { result } = await office.lead.imports.merge(inspection.ticket, false);
    expect(result.imported).toBe(1);
    const status = await office.lrs.sendNow();
    expect(status.lastError).toBeNull();
    expect(status.queueLength).toBe(0);

    const seen = await office.lrs.readBack();
    expect(seen.map((c) => [c.recordId, c.identifier, c.deviceId])).toEqual([
      [record.recordId, 'ffion@example.org', kiosk.settings.get().deviceId],
    ]);
    // Importing the same backup again queues nothing more.
    const again = await office.lead.imports.inspect(backup);
    await office.lead.imports.merge(again.ticket, false);
    expect((await office.lrs.status()).queueLength).toBe(0);
  });
});
