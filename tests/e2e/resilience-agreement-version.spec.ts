import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { AGREEMENT_VERSIONS_DIR } from '../../electron/services/policy/agreement-versions';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { expect, test } from './learner-harness';
import { signIn } from './lead-support';
import { acknowledgeAll, arrangeCompletedSession, resumeToSigning, SIAN } from './signing-helpers';

const PASSPHRASE = 'a resilient lead passphrase';
const BEN: LearnerIdentity = {
  fullName: 'Ben Hall',
  role: 'volunteer',
  identifier: 'ben@example.org',
};

/**
 * Earlier records of Siân and Ben naming, by digest, the version of the agreement they signed,
 * whose file in data/agreement-versions/ is then lost (a disk fault, a careless clean-up).
 */
async function arrangeLostVersion(services: AppServices): Promise<void> {
  const pack = await services.content.rawPack('en-GB');
  const version = {
    aupVersion: pack.aup.version,
    clauseRevisions: Object.fromEntries(pack.aup.clauses.map((c) => [c.id, c.revision])),
  };
  const digest = await services.agreementVersions.keep(version);
  const ledger = await services.ledger();
  for (const learner of [SIAN, BEN]) {
    await ledger.appendCompletion(
      sampleRecord({
        learner,
        aupVersion: version.aupVersion,
        aupClauseRevisions: undefined,
        aupVersionSha256: digest,
        signedAt: '2025-06-01T10:00:00.000Z',
        expiresOn: '2026-06-01',
      }),
    );
  }
  await rm(path.join(services.env.dataDir, AGREEMENT_VERSIONS_DIR, `${digest}.json`));
}

test('the lead is told who last signed a lost agreement version; a learner re-signing is told why every clause is shown, and signing restores it', async ({
  app,
  services,
}) => {
  await arrangeLostVersion(services);
  await services.leadAuth.setUp(PASSPHRASE);
  await arrangeCompletedSession(services, 'refresher');
  await app.reload();

  await signIn(app, PASSPHRASE);
  const lostNotice = app.getByText(
    /^2 people last signed a version of the agreement whose list of clauses is missing or damaged on this device/,
  );
  await expect(lostNotice).toBeVisible();
  await app.getByRole('button', { name: 'Lock the lead area' }).click();
  await app.reload();

  await resumeToSigning(app, SIAN.identifier);
  await expect(
    app.getByText(
      /^This device no longer has the list of clauses in the version you signed on 1 June 2025, so it cannot tell which ones have changed\..*Your earlier record is kept\./,
    ),
  ).toBeVisible();
  // Not the usual count of changed clauses, which would be untrue here.
  await expect(app.getByText(/Changed clauses: \d+/)).toHaveCount(0);
  await acknowledgeAll(app);
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(app.getByRole('heading', { name: 'You have signed the agreement' })).toBeVisible();
  expect((await services.ledger()).liveRecords()).toHaveLength(3);

  // She signed the same version again, so its file is written anew: Ben is no longer affected.
  await app.reload();
  await signIn(app, PASSPHRASE);
  await expect(app.getByRole('heading', { name: 'Who is up to date' })).toBeVisible();
  await expect(lostNotice).toHaveCount(0);
});
