import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { PROGRESS_DIR } from '../../electron/services/lead/progress-files';
import type { AppServices } from '../../electron/services/app-services';
import type { LeadDashboard } from '../../electron/services/lead/dashboard';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

// The dashboard keeps what it adds up between visits and after opening (statuses, months,
// refresher exceptions, who must re-sign). After each change below it must read exactly as a
// dashboard worked out from scratch by a freshly started app on the same folder.
let now: Date;
let dir: string;
let cleanup: () => Promise<void>;
let services: AppServices;
let aupVersion: string;
beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  now = new Date('2026-06-15T12:00:00Z');
  services = servicesAt(dir, { now: () => now });
  services.settings.update({ timeZone: 'Europe/London', refresherMonths: 12 });
  const ledger = await services.ledger();
  // Everyone signed the agreement in force today.
  aupVersion = (await services.content.pack('en-GB')).aup.version;
  for (const record of [
    signed('Ann Hughes', 'ann@example.org', '2025-06-20T10:00:00.000Z'),
    // Just before midnight in UTC, just after it in London: its month depends on the time zone.
    signed('Ben Owen', 'ben@example.org', '2026-05-31T23:30:00.000Z'),
    signed('Cai Lloyd', 'cai@example.org', '2026-02-01T09:00:00.000Z', 'refresher'),
    signed('Dee Price', 'dee@example.org', '2026-03-01T09:00:00.000Z'),
  ]) {
    await ledger.appendCompletion(record);
  }
});
afterEach(() => cleanup());

function signed(
  fullName: string,
  identifier: string,
  signedAt: string,
  recordType: 'induction' | 'refresher' = 'induction',
) {
  return sampleRecord({
    learner: { fullName, role: 'volunteer', identifier },
    recordType,
    aupVersion,
    startedAt: signedAt,
    completedAt: signedAt,
    signedAt,
  });
}

/** What a freshly started app on the same folder shows, with nothing kept from before. */
async function fromScratch(): Promise<LeadDashboard> {
  return servicesAt(dir, { now: () => now }).lead.dashboard('en-GB');
}

/** The dashboard after `change`, seen by the app that had already shown it before. */
async function afterChange(change: () => Promise<unknown> | unknown) {
  const before = await services.lead.dashboard('en-GB');
  await change();
  const after = await services.lead.dashboard('en-GB');
  // The change must show, or the comparison below proves nothing.
  expect(after).not.toEqual(before);
  return after;
}

describe('the dashboard a lead goes back to reads as if worked out afresh', () => {
  it('after a record is signed', async () => {
    const after = await afterChange(async () =>
      (await services.ledger()).appendCompletion(
        signed('Eve Rees', 'eve@example.org', '2026-06-10T09:00:00.000Z', 'refresher'),
      ),
    );
    expect(after).toEqual(await fromScratch());
    expect(after.refresherExceptions.map((r) => r.fullName)).toEqual(['Cai Lloyd', 'Eve Rees']);
  });

  it('after a person is erased', async () => {
    const after = await afterChange(() =>
      services.lead.erasePerson('cai@example.org', 'cai@example.org'),
    );
    expect(after).toEqual(await fromScratch());
    expect(after.refresherExceptions).toEqual([]);
  });

  it('after the organisation’s time zone changes', async () => {
    const after = await afterChange(() => services.settings.update({ timeZone: 'UTC' }));
    expect(after).toEqual(await fromScratch());
  });

  it('after the refresher interval changes', async () => {
    const after = await afterChange(() => services.settings.update({ refresherMonths: 6 }));
    expect(after).toEqual(await fromScratch());
  });

  it('on a later day, when statuses and the months shown move on', async () => {
    const after = await afterChange(() => {
      now = new Date('2026-07-15T12:00:00Z');
    });
    expect(after).toEqual(await fromScratch());
    expect(after.counts.overdue).toBe(1);
  });

  it('after a new agreement is published, everyone must sign it again', async () => {
    const after = await afterChange(async () => {
      await services.policy.saveDraft({
        clauses: [
          {
            id: 'org-video-calls',
            text: { 'en-GB': 'I will only run video calls from {{orgName}} accounts.' },
            retired: false,
          },
        ],
        requirements: {},
        notes: {},
      });
      await services.policy.publish('Video calls');
    });
    expect(after).toEqual(await fromScratch());
    expect(after.policyFollowUp.every((f) => f.resignFrom === aupVersion)).toBe(true);
    expect(after.policyFollowUp.map((f) => f.identifier)).toEqual([
      'ann@example.org',
      'ben@example.org',
      'cai@example.org',
      'dee@example.org',
    ]);
  });

  it('as people start training, their saved progress changes, and they are erased', async () => {
    services.settings.update({ setupComplete: true });
    const learner = (fullName: string, identifier: string) =>
      ({ fullName, role: 'volunteer', identifier }) as const;
    const inTraining = async () =>
      (await services.lead.dashboard('en-GB')).inTraining.map((row) => row.fullName);

    await services.learning.start(learner('Fay Moss', 'fay@example.org'), 'induction', '2468');
    expect(await inTraining()).toEqual(['Fay Moss']);
    await services.learning.start(learner('Gil Ward', 'gil@example.org'), 'induction', '1357');
    expect((await inTraining()).sort()).toEqual(['Fay Moss', 'Gil Ward']);

    // The saved file changes under the same name (here by hand, as a repaired file would).
    const file = join(dir, 'data', PROGRESS_DIR, `${learnerKeyFor('fay@example.org')}.json`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Fay Moss', 'Fay Morgan-Moss'));
    expect((await inTraining()).sort()).toEqual(['Fay Morgan-Moss', 'Gil Ward']);

    await services.lead.erasePerson('gil@example.org', 'gil@example.org');
    const after = await services.lead.dashboard('en-GB');
    expect(after.inTraining.map((row) => row.fullName)).toEqual(['Fay Morgan-Moss']);
    expect(after).toEqual(await fromScratch());
  });
});
