import { join } from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import { Outbox } from '../../electron/services/lrs-sync/outbox';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { withTempDir } from './fixtures/temp-dir';
import { sampleRecord } from '../support/lrs-sync-fakes';
import { realLrsPerTest, RIVERSIDE } from '../support/real-lrs-devices';
import { completeInduction, lrsFilesMentioning } from '../support/real-lrs-journeys';

/**
 * An erasure must leave nothing of the person in this device's LRS files, whatever state the
 * queue was in: statements the LRS refused and set aside for the lead, and statements the LRS
 * already took that still sit in the queue file because others wait behind them.
 */

const HOME = RIVERSIDE.homePage;
const BASE = RIVERSIDE.activityBase;
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};
const ACCEPT = 'http://activitystrea.ms/schema/1.0/accept';

const real = realLrsPerTest();

/**
 * The real LRS behind a stricter gate, as an LRS with its own profile rules would be: any POST
 * carrying a policy acceptance is refused with a 400 naming it, so that statement is set aside.
 */
const strictLrs = (async (url: string | URL | Request, init?: RequestInit) => {
  if (init?.method === 'POST' && String(init.body).includes(ACCEPT)) {
    return new Response(JSON.stringify({ message: 'Profile rule: accept is not allowed here' }), {
      status: 400,
    });
  }
  return fetch(url, init);
}) as typeof fetch;

describe('an erasure leaves nothing of the person in the LRS queue files', () => {
  it('a statement of theirs the LRS refused is no longer kept for the lead after they are erased', async () => {
    const { dir, services } = await real.device({ fetch: strictLrs });
    await completeInduction(services, SIAN);
    const before = await services.lrs.sendNow();
    expect(before.setAside.map((s) => s.verb)).toEqual([ACCEPT]);
    expect(await lrsFilesMentioning(join(dir, 'data'), 'sian@example.org')).not.toEqual([]);

    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    const after = await services.lrs.sendNow();
    expect(after.lastError).toBeNull();
    expect(after.setAside).toEqual([]);
    expect(await lrsFilesMentioning(join(dir, 'data'), 'sian@example.org')).toEqual([]);
    expect(await lrsFilesMentioning(join(dir, 'data'), 'Siân')).toEqual([]);
  });
});

describe('an erasure after the LRS was disconnected', () => {
  it('still removes their statements that were waiting for it', async () => {
    const offline = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    const { data, services } = await real.device({ fetch: offline });
    await completeInduction(services, SIAN);
    expect((await services.lrs.status()).queueLength).toBeGreaterThan(0);
    // The lead stops using the LRS before it ever came back, then erases the person.
    await services.lrs.clearSettings();
    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    expect(await lrsFilesMentioning(data, 'sian@example.org')).toEqual([]);
    expect(await lrsFilesMentioning(data, 'Siân')).toEqual([]);
  });
});

describe('the outbox forgets an erased person’s statements, sent or not', () => {
  it('statements the LRS already took leave the queue file even while someone else’s still wait', async () => {
    const temp = await withTempDir();
    onTestFinished(temp.cleanup);
    const options = { homePage: HOME, activityBase: BASE, passMarkPercent: 80 };
    const of = (id: string, name: string) =>
      recordToStatements(sampleRecord(id, `${name.toLowerCase()}@example.org`, name), options);
    const sian = of('0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c1', 'Sian');
    const tom = of('0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c2', 'Tom');
    const outbox = new Outbox(temp.dir);
    await outbox.enqueue([...sian, ...tom]);
    // The LRS took all of Sian's and then went away: Tom's still wait behind them.
    const pending = await outbox.pending();
    await outbox.acknowledge(pending[sian.length - 1]!.seq);

    await outbox.drop(new Set(sian.map((s: XapiStatement) => s.id)));
    expect(await lrsFilesMentioning(temp.dir, 'sian@example.org')).toEqual([]);
    expect((await new Outbox(temp.dir).pending()).map((line) => line.statement.id)).toEqual(
      tom.map((s) => s.id),
    );
  });
});
