import type { LearnerIdentity } from '../../common/records/acceptance-record';
import { realLrsPerTest, RIVERSIDE } from '../support/real-lrs-devices';
import { completeInduction, syncAll } from '../support/real-lrs-journeys';

/**
 * A statement id the LRS already holds with other content (409) stays as the LRS has it: the
 * lead must hear of it, since reading back then misses those records.
 */

const HOME = RIVERSIDE.homePage;
const BASE = RIVERSIDE.activityBase;
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};

const real = realLrsPerTest();

describe('statements the LRS already holds with other content', () => {
  it('are counted for the lead when the base address changed on the same LRS, not passed over as sent', async () => {
    const { services } = await real.device();
    await completeInduction(services, SIAN);
    await syncAll(services);
    expect(await services.lrs.readBack()).toHaveLength(1);
    expect((await services.lrs.status()).heldDifferently).toBe(0);

    // The lead changes the base address: the device's records are queued again under it, with
    // the same ids (fixed by the record), so the LRS keeps what it already holds.
    await services.lrs.saveSettings({
      endpoint: real.proxy.endpoint,
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
