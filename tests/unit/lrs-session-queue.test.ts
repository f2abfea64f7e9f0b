import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import type { AppServices } from '../../electron/services/app-services';
import { SESSION_IDS_FILE } from '../../electron/services/lrs-sync/session-statement-ids';
import { servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';

const ADL = 'http://adlnet.gov/expapi/verbs';
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};

let dir: string;
let services: AppServices;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  services = servicesAt(dir);
  services.settings.update({ setupComplete: true });
});
afterEach(async () => {
  await services.lrs.sync.stop();
  await cleanup();
});

/** An LRS nobody answers at: whatever is queued stays in the outbox for the test to read. */
function setUpLrs() {
  return services.lrs.saveSettings({
    endpoint: 'http://127.0.0.1:9/xAPI',
    key: 'key',
    secret: 'secret',
    activityBase: 'https://charity.example.org/xapi',
    homePage: 'https://charity.example.org',
  });
}

async function queuedVerbs(): Promise<string[]> {
  return (await services.lrs.outbox.pending()).map((line) => line.statement.verb.id);
}

describe('session statements in the outbox', () => {
  it('with no LRS set up, starting and leaving a session queues nothing', async () => {
    const { progress } = await services.learning.start(SIAN, 'induction', '2468');
    await services.learning.leave(progress.sessionId);
    expect(await queuedVerbs()).toEqual([]);
    await expect(readFile(join(dir, 'data', SESSION_IDS_FILE), 'utf8')).rejects.toThrow();
  });

  it('with an LRS set up, starting, resuming and leaving queue initialised and terminated for that session', async () => {
    await setUpLrs();
    const { progress } = await services.learning.start(SIAN, 'induction', '2468');
    await services.learning.leave(progress.sessionId);
    await services.learning.resume(SIAN.identifier, '2468');
    await services.learning.leave(progress.sessionId);
    expect(await queuedVerbs()).toEqual([
      `${ADL}/initialized`,
      `${ADL}/terminated`,
      `${ADL}/initialized`,
      `${ADL}/terminated`,
    ]);
    const lines = await services.lrs.outbox.pending();
    expect(lines.every((line) => line.statement.context?.registration === progress.sessionId)).toBe(
      true,
    );
    expect(new Set(lines.map((line) => line.statement.id)).size).toBe(4);
  });

  it('erasing a learner takes their queued session statements out and forgets their ids', async () => {
    await setUpLrs();
    const { progress } = await services.learning.start(SIAN, 'induction', '2468');
    await services.learning.leave(progress.sessionId);
    const ids = (await services.lrs.outbox.pending()).map((line) => line.statement.id);
    const journal = join(dir, 'data', SESSION_IDS_FILE);
    expect(await readFile(journal, 'utf8')).toContain(learnerKeyFor(SIAN.identifier));

    await services.lead.erasePerson(SIAN.identifier, SIAN.identifier);
    const left = (await services.lrs.outbox.pending()).map((line) => line.statement);
    expect(left.some((statement) => ids.includes(statement.id))).toBe(false);
    // What may already have reached the LRS is voided by id.
    expect(
      left
        .filter((s) => s.verb.id === `${ADL}/voided`)
        .map((s) => s.object.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(await readFile(journal, 'utf8')).not.toContain(learnerKeyFor(SIAN.identifier));
  });
});
