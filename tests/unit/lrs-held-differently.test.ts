import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';
import { startLrs, type LrsServer } from '../support/lrs-server';
import { switchableProxy, type SwitchableProxy } from '../support/switchable-proxy';
import { completeInduction, syncAll } from '../support/real-lrs-journeys';

/**
 * A statement id the LRS already holds with other content (409) stays as the LRS has it: the
 * lead must hear of it, since reading back then misses those records.
 */

const HOME = 'https://riverside.example.org';
const BASE = 'https://riverside.example.org/xapi';
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};

let lrs: LrsServer;
let proxy: SwitchableProxy;
const cleanups: (() => Promise<void>)[] = [];

// A fresh LRS per test.
beforeEach(async () => {
  lrs = await startLrs();
  proxy = await switchableProxy(lrs.port);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await proxy.stop();
  await lrs.stop();
});

/** A device: its own data folder, set up and pointed at the LRS (through the switchable relay). */
async function device(dir?: string): Promise<{ dir: string; services: AppServices }> {
  const folder = dir ?? (await newFolder());
  const services = servicesAt(folder);
  services.settings.update({
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
    setupComplete: true,
  });
  cleanups.push(() => services.lrs.sync.stop());
  if (!dir) {
    await services.lrs.saveSettings({
      endpoint: proxy.endpoint,
      key: 'riverside-key',
      secret: 'riverside-secret',
      activityBase: BASE,
      homePage: HOME,
    });
  }
  return { dir: folder, services };
}

async function newFolder(): Promise<string> {
  const temp = await withTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('statements the LRS already holds with other content', () => {
  it('are counted for the lead when the base address changed on the same LRS, not passed over as sent', async () => {
    const { services } = await device();
    await completeInduction(services, SIAN);
    await syncAll(services);
    expect(await services.lrs.readBack()).toHaveLength(1);
    expect((await services.lrs.status()).heldDifferently).toBe(0);

    // The lead changes the base address: the device's records are queued again under it, with
    // the same ids (fixed by the record), so the LRS keeps what it already holds.
    await services.lrs.saveSettings({
      endpoint: proxy.endpoint,
      key: 'riverside-key',
      secret: 'riverside-secret',
      activityBase: `${BASE}-new`,
      homePage: HOME,
    });
    const status = await syncAll(services);
    expect(await services.lrs.readBack()).toEqual([]);
    expect(status.heldDifferently).toBeGreaterThan(0);
  });
});
