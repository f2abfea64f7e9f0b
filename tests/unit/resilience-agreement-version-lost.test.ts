import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiryDate } from '../../common/calendar/org-calendar';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { AGREEMENT_VERSIONS_DIR } from '../../electron/services/policy/agreement-versions';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const SIAN = { fullName: 'Siân Llŵyd', role: 'volunteer', identifier: 'sian@example.org' } as const;
const PIN = '2468';
const TRAINED_AT = '2026-03-02T10:16:00.000Z';

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
let induction: AcceptanceRecord;
let versionFile: string;

beforeEach(async () => {
  temp = await withTempDir();
  const clock = new Date('2026-05-01T09:00:00.000Z');
  services = servicesAt(temp.dir, { now: () => clock });
  services.settings.update({ setupComplete: true });
  const { refresherMonths, timeZone } = services.settings.get();
  const before = await services.content.rawPack('en-GB');
  // Her induction names the version she signed by digest, as every record made today does.
  const digest = await services.agreementVersions.keep({
    aupVersion: before.aup.version,
    clauseRevisions: Object.fromEntries(before.aup.clauses.map((c) => [c.id, c.revision])),
  });
  induction = sampleRecord({
    learner: SIAN,
    aupVersion: before.aup.version,
    aupClauseRevisions: undefined,
    aupVersionSha256: digest,
    signedAt: TRAINED_AT,
    expiresOn: expiryDate(TRAINED_AT, refresherMonths, timeZone),
  });
  await (await services.ledger()).appendCompletion(induction);
  versionFile = join(services.env.dataDir, AGREEMENT_VERSIONS_DIR, `${digest}.json`);
  await services.policy.saveDraft({
    clauses: [
      {
        id: 'org-video-calls',
        text: { 'en-GB': 'Video calls only from our accounts.' },
        retired: false,
      },
    ],
    requirements: {},
    notes: {},
  });
  await services.policy.publish('Our video-call rule');
});
afterEach(() => temp.cleanup());

async function dashboardWarning(): Promise<number> {
  return (await services.lead.dashboard('en-GB')).integrity.peopleWithLostVersion;
}

describe('a version of the agreement lost from data/agreement-versions', () => {
  it('with every file in place, the lead is warned of nothing and the learner sees only the new clause', async () => {
    expect(await dashboardWarning()).toBe(0);
    const view = await services.learning.start(SIAN, 'resign', PIN);
    const agreement = await services.signing.agreement(view.progress.sessionId, 'en-GB');
    expect(agreement.earlierVersionUnknown).toBe(false);
    expect(agreement.clauses.map((c) => c.id)).toEqual(['org-video-calls']);
  });

  for (const [damage, harm] of [
    ['deleted', () => rm(versionFile)],
    ['edited', () => writeFile(versionFile, '{"aupVersion":"x","clauseRevisions":{}}\n')],
  ] as const) {
    it(`${damage}: the lead is told who it affects, the learner is told why every clause is shown, and no record is lost`, async () => {
      await harm();
      expect(await dashboardWarning()).toBe(1);

      const view = await services.learning.start(SIAN, 'resign', PIN);
      const agreement = await services.signing.agreement(view.progress.sessionId, 'en-GB');
      expect(agreement.earlierVersionUnknown).toBe(true);
      const pack = await services.content.rawPack('en-GB');
      expect(agreement.clauses).toHaveLength(pack.aup.clauses.length);

      const record = await services.signing.sign({
        sessionId: view.progress.sessionId,
        locale: 'en-GB',
        typedName: SIAN.fullName,
        acknowledgedClauseIds: agreement.clauses.map((c) => c.id),
        statementAccepted: true,
        signature: { method: 'typed', text: SIAN.fullName },
      });
      const live = (await services.ledger()).liveRecords().map((r) => r.recordId);
      expect(live).toEqual([induction.recordId, record.recordId]);
      // Her new record's own version is kept, so she is no longer affected.
      expect(await readdir(join(services.env.dataDir, AGREEMENT_VERSIONS_DIR))).toContain(
        `${record.aupVersionSha256}.json`,
      );
      expect(await dashboardWarning()).toBe(0);
    });
  }
});
