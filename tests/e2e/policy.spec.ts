import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, servicesFor, test } from './harness/fixtures';
import { TestDialogs } from './harness/test-dialogs';
import { arrangeLeadDevice, leadSections, openLeadSection, signIn } from './lead-support';
import { acknowledgeAll, groupBoxes, SIAN } from './signing-helpers';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { expiryDate } from '../../common/calendar/org-calendar';
import { startTraining } from './learner-journey';

const ONLINE = 'online-sessions';
const VIDEO_RULE = 'I will run video calls only from {{orgName}} accounts, never my own.';
const VIDEO_RULE_FILLED =
  'I will run video calls only from Riverside Youth Club accounts, never my own.';

test('the lead adds a clause and makes a module optional for volunteers; a signed learner re-signs only the new clause; a content pack gives another device the same', async ({
  app,
  services,
  exportsDir,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await arrangeLeadDevice(services);
  // Siân signed the built-in agreement as it stands today.
  const before = await services.content.rawPack('en-GB');
  // A month ago, so her training is current whenever this runs.
  const signedAt = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const trained = sampleRecord({
    learner: SIAN,
    startedAt: signedAt,
    completedAt: signedAt,
    signedAt,
    expiresOn: expiryDate(
      signedAt,
      services.settings.get().refresherMonths,
      services.settings.get().timeZone,
    ),
    aupVersion: before.aup.version,
    aupClauseRevisions: Object.fromEntries(before.aup.clauses.map((c) => [c.id, c.revision])),
    moduleScores: before.modules.map((m) => ({ moduleId: m.id, percent: 100, attempts: 1 })),
  });
  await (await services.ledger()).appendCompletion(trained);
  await app.reload();

  await signIn(app);
  const tabs = leadSections(app);
  await tabs.getByRole('button', { name: 'Policy' }).click();
  await expect(app.getByText('Nothing published yet')).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead policy');

  const add = app.getByRole('group', { name: 'Add a clause' });
  await add.getByLabel(/Short name for the clause/).fill('video-calls');
  await add.getByLabel('Text in English').fill(VIDEO_RULE);
  await add.getByRole('button', { name: 'Add clause' }).click();
  const clause = app.getByRole('group', { name: 'Clause org-video-calls' });
  await expect(clause.getByText(/Missing in Welsh:/)).toBeVisible();
  await app.getByLabel('Volunteer: Online sessions').selectOption('optional');
  await app
    .getByLabel('Note on Online sessions in English')
    .fill('The webcam is in the office cupboard; ask {{esafetyLeadName}}.');

  await app.getByLabel('Role', { exact: true }).selectOption('volunteer');
  await app.getByRole('button', { name: 'Show preview' }).click();
  await expect(app.getByText(VIDEO_RULE_FILLED)).toBeVisible();
  await expect(app.getByText(/Online sessions\s*—\s*Optional/)).toBeVisible();
  await expect(app.getByText(/ask Morgan Example\./)).toBeVisible();

  await app
    .getByLabel(/What changed/)
    .fill('Our video-call rule; online sessions optional for volunteers');
  await app.getByRole('button', { name: 'Save and publish' }).click();
  await expect(app.getByText(/Published as version \d{4}\.\d+-org\.1/)).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead policy, published');
  // The published version's agreement can be read in full, its placeholders filled.
  const read = app.getByRole('button', { name: /^Read version \d{4}\.\d+-org\.1$/ });
  await read.click();
  await expect(read).toHaveAttribute('aria-expanded', 'true');
  const versionText = app.getByRole('region', { name: /^Version .*-org\.1: the agreement$/ });
  await expect(versionText.getByRole('listitem').last()).toHaveText(VIDEO_RULE_FILLED);
  await expectNoAxeViolationsInBothLocales(app, 'lead policy, a version read');

  await tabs.getByRole('button', { name: 'Dashboard' }).click();
  const followUp = app.getByRole('table', { name: /sign the new version/ });
  await expect(followUp.getByRole('row', { name: /Siân Llŵyd .*Re-sign needed/ })).toBeVisible();

  // A new volunteer's induction leaves out the optional module and asks for the new clause.
  const vol = await services.learning.start(
    { fullName: 'Val Oakes', role: 'volunteer', identifier: 'val@example.org' },
    'induction',
    '1357',
  );
  expect(vol.progress.plan).not.toContain(ONLINE);
  expect(vol.progress.plan).toHaveLength(before.modules.length - 1);
  const staff = await services.learning.start(
    { fullName: 'Sol Tran', role: 'staff', identifier: 'sol@example.org' },
    'induction',
    '1357',
  );
  expect(staff.progress.plan).toContain(ONLINE);

  // Siân's next visit: her training is current, so she is offered signing only the changes and
  // goes straight to the agreement, with no module to take first.
  await app.getByRole('button', { name: 'Lock' }).click();
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await app.getByLabel('Your role').selectOption('volunteer');
  // A volunteer starting the induction is offered the module now optional for them.
  const optional = app.getByRole('group', { name: 'Optional modules for your role' });
  await expect(optional.getByRole('checkbox', { name: 'Online sessions' })).not.toBeChecked();
  await expectNoAxeViolationsInBothLocales(app, 'learner start with optional modules');
  await startTraining(
    app,
    'mouse',
    { name: SIAN.fullName, id: SIAN.identifier },
    'Sign the updated agreement only',
  );
  await expect(app.getByText(/The policy has changed since you signed version/)).toBeVisible();
  // Only the new clause, as one group with its one acknowledgement.
  await expect(groupBoxes(app)).toHaveCount(1);
  await expect(app.locator('.clause-list')).toContainText(VIDEO_RULE_FILLED);
  await acknowledgeAll(app);
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeVisible();
  const current = await services.content.rawPack('en-GB');
  const latest = (await services.ledger()).liveRecords().at(-1);
  expect(latest).toMatchObject({ recordType: 'resign', aupVersion: current.aup.version });
  // Signing the changes is not training: her refresher stays due when her induction said.
  expect(latest?.expiresOn).toBe(trained.expiresOn);
  // The record names the version signed; the version keeps the revision of each clause.
  const version = await services.agreementVersions.find(latest?.aupVersionSha256 ?? '');
  expect(version).toMatchObject({ aupVersion: current.aup.version });
  expect(version?.clauseRevisions['org-video-calls']).toBe(1);
  expect(latest).not.toHaveProperty('aupClauseRevisions');
  // The exact words she signed are kept under the record's digest.
  const kept = await services.signedTexts.find(latest?.aupTextSha256 ?? '');
  expect(kept?.clauses.map((c) => c.text)).toEqual([VIDEO_RULE_FILLED]);

  // Export the pack from the lead area and import it on a fresh data folder.
  await app.reload();
  await signIn(app);
  await openLeadSection(app, 'Policy');
  await app.getByRole('button', { name: 'Export content pack' }).click();
  await expect(app.getByText('Content pack saved.')).toBeVisible();
  const packFile = path.join(exportsDir, 'esafety-content-pack.json');
  expect(fs.existsSync(packFile)).toBe(true);

  const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-e2e-fresh-'));
  try {
    const fresh = servicesFor(freshDir, new TestDialogs(path.join(freshDir, 'exports')));
    fresh.settings.update({
      setupComplete: true,
      organisation: services.settings.get().organisation,
    });
    expect(await fresh.policy.importPack(packFile)).toEqual({
      imported: true,
      problems: [],
      warnings: [],
    });
    for (const locale of ['en-GB', 'cy'] as const) {
      expect(await fresh.content.pack(locale)).toEqual(await services.content.pack(locale));
    }
    const there = await fresh.learning.start(
      { fullName: 'Val Oakes', role: 'volunteer', identifier: 'val@example.org' },
      'induction',
      '1357',
    );
    expect(there.progress.plan).toEqual(vol.progress.plan);
  } finally {
    fs.rmSync(freshDir, { recursive: true, force: true });
  }

  // Verifying her certificate shows the version and the words she signed.
  await openLeadSection(app, 'Verify a certificate');
  await app.getByLabel('Certificate code or QR text').fill(latest?.certificateCode ?? '');
  await app.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(app.locator('.lead-facts')).toContainText(current.aup.version);
  await app.getByText('The words the learner agreed to').click();
  await expect(app.getByText(VIDEO_RULE_FILLED)).toBeVisible();
  await openLeadSection(app, 'Policy');

  // A hostile pack is refused in the lead area with its problems listed, and changes nothing.
  const hostile = path.join(exportsDir, 'hostile.json');
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  pack.draft.clauses[0].text['en-GB'] = '<img src=x onerror=alert(1)>';
  fs.writeFileSync(hostile, JSON.stringify(pack));
  const policyBefore = fs.readFileSync(path.join(services.env.dataDir, 'policy.json'), 'utf8');
  await dialogs.willOpen(hostile);
  await app.getByRole('button', { name: 'Import content pack' }).click();
  await expect(app.getByRole('alert')).toContainText('draft.clauses.0.text.en-GB');
  // The check words each problem in English whatever the screen's language, and marks it so.
  await expect(app.getByRole('alert').locator('li > span').first()).toHaveAttribute(
    'lang',
    'en-GB',
  );
  expect(fs.readFileSync(path.join(services.env.dataDir, 'policy.json'), 'utf8')).toBe(
    policyBefore,
  );
});
