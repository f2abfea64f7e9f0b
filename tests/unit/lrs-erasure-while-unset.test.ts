import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { realLrsPerTest, RIVERSIDE } from '../support/real-lrs-devices';
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

const HOME = RIVERSIDE.homePage;
const BASE = RIVERSIDE.activityBase;
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

const real = realLrsPerTest();

const about = (learner: LearnerIdentity) => (statement: XapiStatement) =>
  statement.actor.name === learner.fullName;

describe('a person erased while no LRS is set up', () => {
  it('has their statements voided at the LRS once it is set up again', async () => {
    const { data, services } = await real.device();
    await completeInduction(services, SIAN);
    await completeInduction(services, TOM);
    expect((await syncAll(services)).setAside).toEqual([]);
    expect((await statementsHeld(real.lrs)).some(about(SIAN))).toBe(true);

    await services.lrs.clearSettings();
    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    // Remembered by id alone: nothing on this device names her any more.
    for (const trace of ['sian@example.org', 'Siân']) {
      expect(await lrsFilesMentioning(data, trace)).toEqual([]);
    }

    await services.lrs.saveSettings({ endpoint: real.lrs.endpoint, ...CONNECTION });
    expect((await syncAll(services)).setAside).toEqual([]);

    const left = await statementsHeld(real.lrs);
    expect(left.some(about(SIAN))).toBe(false);
    expect(left.some(about(TOM))).toBe(true);
    expect((await services.lrs.readBack()).map((c) => c.identifier)).toEqual([TOM.identifier]);

    // Sent once: a later change of settings does not queue the voids again.
    await services.lrs.saveSettings({ endpoint: real.lrs.endpoint, ...CONNECTION });
    expect((await services.lrs.status()).queueLength).toBe(0);
  });
});
