import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { servicesAt } from './fixtures/app-under-test';
import { finishInduction } from './fixtures/finish-training';
import { withTempDir } from './fixtures/temp-dir';
import { startLrs, type LrsServer } from '../support/lrs-server';

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

async function complete(services: AppServices, learner: LearnerIdentity) {
  const steps = learnerSteps(services.learning, services.env.now);
  const pack = await services.content.rawPack('en-GB');
  const view = await finishInduction(services.learning, steps, pack, learner);
  const { sessionId } = view.progress;
  const agreement = await services.signing.agreement(sessionId, 'en-GB');
  return services.signing.sign({
    sessionId,
    locale: 'en-GB',
    typedName: learner.fullName,
    acknowledgedClauseIds: agreement.clauses.map((clause) => clause.id),
    statementAccepted: true,
    signature: { method: 'typed', text: learner.fullName },
  });
}

async function syncAll(services: AppServices) {
  const status = await services.lrs.sendNow();
  expect(status.lastError).toBeNull();
  expect(status.queueLength).toBe(0);
  expect(status.setAside).toEqual([]);
}

/** What the LRS still gives out (voided statements are left out of every query). */
async function held(): Promise<XapiStatement[]> {
  const response = await fetch(`${lrs.endpoint}/statements?limit=500`, {
    headers: {
      'X-Experience-API-Version': '1.0.3',
      Authorization: `Basic ${Buffer.from('reader:any').toString('base64')}`,
    },
  });
  return ((await response.json()) as { statements: XapiStatement[] }).statements;
}

const about = (learner: LearnerIdentity) => (statement: XapiStatement) =>
  statement.actor.name === learner.fullName;

/** The LRS files in the data folder that still mention `text`. */
async function lrsFilesMentioning(dataDir: string, text: string): Promise<string[]> {
  const names = (await readdir(dataDir)).filter((name) => name.startsWith('lrs-'));
  const hits: string[] = [];
  for (const name of names) {
    if ((await readFile(join(dataDir, name), 'utf8')).includes(text)) hits.push(name);
  }
  return hits;
}

describe('a person erased while no LRS is set up', () => {
  it('has their statements voided at the LRS once it is set up again', async () => {
    const { data, services } = await device();
    await complete(services, SIAN);
    await complete(services, TOM);
    await syncAll(services);
    expect((await held()).some(about(SIAN))).toBe(true);

    await services.lrs.clearSettings();
    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    // Remembered by id alone: nothing on this device names her any more.
    for (const trace of ['sian@example.org', 'Siân']) {
      expect(await lrsFilesMentioning(data, trace)).toEqual([]);
    }

    await services.lrs.saveSettings({ endpoint: lrs.endpoint, ...CONNECTION });
    await syncAll(services);

    const left = await held();
    expect(left.some(about(SIAN))).toBe(false);
    expect(left.some(about(TOM))).toBe(true);
    expect((await services.lrs.readBack()).map((c) => c.identifier)).toEqual([TOM.identifier]);

    // Sent once: a later change of settings does not queue the voids again.
    await services.lrs.saveSettings({ endpoint: lrs.endpoint, ...CONNECTION });
    expect((await services.lrs.status()).queueLength).toBe(0);
  });
});
