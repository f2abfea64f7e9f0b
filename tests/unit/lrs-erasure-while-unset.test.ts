import { join } from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';
import { startLrs, type LrsServer } from '../support/lrs-server';
import {
  completeInduction,
  lrsFilesMentioning,
  statementsHeld,
  syncAll,
} from '../support/real-lrs-journeys';

/**
 * The LRS was set up, took a person's statements, and was then removed from this device (the
 * organisation changing its LRS key, say). The person is erased meanwhile. When the LRS is set up
 * again it must still be asked to void what it holds of theirs: the device remembers the erased
 * statements' ids (ids only, nothing that names anyone) until it can send the voids.
 */

const HOME = 'https://riverside.example.org';
const BASE = 'https://riverside.example.org/xapi';
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};
const TOM: LearnerIdentity = { fullName: 'Tom Evans', role: 'staff', identifier: 'T-1001' };
const CONNECTION = {
  key: 'riverside-key',
  secret: 'riverside-secret',
  activityBase: BASE,
  homePage: HOME,
};

let lrs: LrsServer;
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  lrs = await startLrs();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await lrs.stop();
});

async function device(): Promise<{ data: string; services: AppServices }> {
  const temp = await withTempDir();
  const services = servicesAt(temp.dir);
  cleanups.push(temp.cleanup, () => services.lrs.sync.stop());
  services.settings.update({
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
    setupComplete: true,
  });
  await services.lrs.saveSettings({ endpoint: lrs.endpoint, ...CONNECTION });
  return { data: join(temp.dir, 'data'), services };
}

const about = (learner: LearnerIdentity) => (statement: XapiStatement) =>
  statement.actor.name === learner.fullName;

describe('a person erased while no LRS is set up', () => {
  it('has their statements voided at the LRS once it is set up again', async () => {
    const { data, services } = await device();
    await completeInduction(services, SIAN);
    await completeInduction(services, TOM);
    expect((await syncAll(services)).setAside).toEqual([]);
    expect((await statementsHeld(lrs)).some(about(SIAN))).toBe(true);

    await services.lrs.clearSettings();
    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    // Remembered by id alone: nothing on this device names her any more.
    for (const trace of ['sian@example.org', 'Siân']) {
      expect(await lrsFilesMentioning(data, trace)).toEqual([]);
    }

    await services.lrs.saveSettings({ endpoint: lrs.endpoint, ...CONNECTION });
    expect((await syncAll(services)).setAside).toEqual([]);

    const left = await statementsHeld(lrs);
    expect(left.some(about(SIAN))).toBe(false);
    expect(left.some(about(TOM))).toBe(true);
    expect((await services.lrs.readBack()).map((c) => c.identifier)).toEqual([TOM.identifier]);

    // Sent once: a later change of settings does not queue the voids again.
    await services.lrs.saveSettings({ endpoint: lrs.endpoint, ...CONNECTION });
    expect((await services.lrs.status()).queueLength).toBe(0);
  });
});
