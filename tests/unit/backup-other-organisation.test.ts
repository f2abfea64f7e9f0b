import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppServices } from '../../electron/services/app-services';
import { createBackup } from '../../electron/services/backup/create-backup';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/**
 * A backup carries its organisation's name, and importing it may also take over that
 * organisation's details. Before anything is merged the lead is told when the backup belongs to
 * another organisation than this device's, so a file picked up by mistake is noticed.
 */

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await withTempDir();
});
afterEach(() => temp.cleanup());

async function device(name: string, orgName: string): Promise<AppServices> {
  const dir = join(temp.dir, name);
  await mkdir(dir, { recursive: true });
  const services = servicesAt(dir);
  services.settings.update({
    organisation: { ...services.settings.get().organisation, orgName },
    setupComplete: true,
  });
  return services;
}

async function backupOf(services: AppServices): Promise<string> {
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped('Tom Evans');
  await (await services.ledger()).appendCompletion(sampleRecord({ signatureSha256 }));
  const file = join(temp.dir, `${services.settings.get().deviceId}.json`);
  await createBackup(
    services.env.dataDir,
    services.settings.get(),
    file,
    (await services.deviceKey()).key,
  );
  return file;
}

describe('a backup from another organisation', () => {
  it('is named as another organisation’s when it is checked, before anything is merged', async () => {
    const theirs = await backupOf(await device('a', 'Hillside Scouts'));
    const here = await device('b', 'Riverside Youth Club');
    const inspection = await here.lead.imports.inspect(theirs);
    expect(inspection.otherOrganisation).toBe('Hillside Scouts');
    expect((await here.ledger()).liveRecords()).toEqual([]);
  });

  it('is not flagged when only the spacing, case or accents’ encoding of the same name differ', async () => {
    const theirs = await backupOf(await device('a', '  Ysgol  Gymraeg Llŵyn '));
    const here = await device('b', 'ysgol gymraeg ll\u0077\u0302yn');
    expect((await here.lead.imports.inspect(theirs)).otherOrganisation).toBeNull();
  });

  it('made before the organisation was set (no settings in it) is not flagged', async () => {
    const source = await device('a', 'Hillside Scouts');
    const signatureSha256 = await new SignatureStore(source.env.dataDir).saveTyped('Tom');
    await (await source.ledger()).appendCompletion(sampleRecord({ signatureSha256 }));
    const file = join(temp.dir, 'no-settings.json');
    await createBackup(source.env.dataDir, null, file, (await source.deviceKey()).key);
    const here = await device('b', 'Riverside Youth Club');
    expect((await here.lead.imports.inspect(file)).otherOrganisation).toBeNull();
  });
});
