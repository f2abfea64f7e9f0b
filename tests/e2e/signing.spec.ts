import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import type { AppServices } from '../../electron/services/app-services';
import { DRAWN_SIGNATURE } from '../../common/signatures/drawn-signature';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { sampleRecord } from '../unit/fixtures/sample-record';
import {
  acknowledgeAll,
  arrangeCompletedSession,
  groupBoxes,
  longDate,
  pdfText,
  resumeToSigning,
  SIAN,
} from './signing-helpers';

/** Saves the certificate through the (test) save dialog and checks the PDF's own text. */
async function saveAndCheckCertificate(app: Page, exportsDir: string, services: AppServices) {
  const [record] = (await services.ledger()).liveRecords();
  expect(record).toBeDefined();
  if (!record) return;
  await app.getByRole('button', { name: 'Save certificate (PDF)' }).click();
  const file = path.join(exportsDir, `esafety-certificate-${record.certificateCode}.pdf`);
  await expect(app.getByRole('status').filter({ hasText: 'saved to' })).toContainText(file);
  expect(existsSync(file)).toBe(true);
  const text = await pdfText(file);
  expect(text).toContain(SIAN.fullName);
  expect(text).toContain(record.certificateCode);
  expect(text).toContain(longDate(record.completedAt));
  expect(text).toContain(longDate(`${record.expiresOn}T00:00:00Z`, 'en-GB', 'UTC'));
  return record;
}

test('a learner signs with the keyboard alone: one tick per topic, and their pre-filled name confirmed as their signature', async ({
  app,
  services,
  exportsDir,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  await expectNoAxeViolations(app, 'signing (en-GB)');

  // The 34 clauses read in about ten topics, each acknowledged once, each box naming its topic.
  const pack = await services.content.pack('en-GB');
  const boxes = groupBoxes(app);
  const count = await boxes.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThan(pack.aup.clauses.length / 2);
  await expect(boxes.first()).toHaveAccessibleName(
    /^I have read the (\d+ clauses|clause) on “.+” above and will follow (them|it)$/,
  );
  await expect(app.getByText(`0 of ${count} groups confirmed`)).toBeVisible();
  for (let i = 0; i < count; i += 1) {
    await app.keyboard.press('Tab');
    await expect(boxes.nth(i)).toBeFocused();
    await app.keyboard.press('Space');
    await expect(boxes.nth(i)).toBeChecked();
  }
  await expect(app.getByText(`${count} of ${count} groups confirmed`)).toBeVisible();
  await app.keyboard.press('Tab');
  await expect(app.locator('#statement')).toBeFocused();
  await app.keyboard.press('Space');
  // A typed signature is chosen and already holds the registered name: nothing to type twice.
  await app.keyboard.press('Tab');
  await expect(app.getByRole('radio', { name: /Type my signature/ })).toBeFocused();
  await expect(app.getByRole('radio', { name: /Type my signature/ })).toBeChecked();
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Your signature')).toBeFocused();
  await expect(app.getByLabel('Your signature')).toHaveValue(SIAN.fullName);
  await app.keyboard.press('Tab');
  const confirm = app.getByRole('checkbox', {
    name: `This is my signature: I am ${SIAN.fullName} and I sign this agreement.`,
  });
  await expect(confirm).toBeFocused();
  await expect(confirm).not.toBeChecked();
  await app.keyboard.press('Space');
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Sign the agreement' })).toBeFocused();
  await app.keyboard.press('Enter');

  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeFocused();
  await expectNoAxeViolations(app, 'completion (en-GB)');
  const record = await saveAndCheckCertificate(app, exportsDir, services);
  expect(record?.signatureMethod).toBe('typed');
  // One tick per topic still records every clause the learner agreed to, and its revision, in
  // the version the record names.
  const version = await services.agreementVersions.find(record?.aupVersionSha256 ?? '');
  expect(Object.keys(version?.clauseRevisions ?? {}).sort()).toEqual(
    pack.aup.clauses.map((c) => c.id).sort(),
  );
  expect((await services.ledger()).verification().ok).toBe(true);
});

test('the signature is never confirmed for the learner: signing without the tick says what to do', async ({
  app,
  services,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  const boxes = groupBoxes(app);
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await app.locator('#statement').check();
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  const summary = app.getByRole('alert');
  await expect(summary).toContainText('Tick the box to confirm that this is your signature.');
  expect((await services.ledger()).liveRecords()).toHaveLength(0);
  await summary.getByRole('link', { name: /confirm that this is your signature/ }).click();
  await expect(app.locator('#signature-confirm')).toBeFocused();

  // Confirming, then changing the signature, takes the confirmation back.
  await app.locator('#signature-confirm').check();
  await app.getByLabel('Your signature').fill('Sian Llwyd');
  await expect(app.locator('#signature-confirm')).not.toBeChecked();
});

test('a learner signs by drawing, confirmed as theirs, and prints the certificate', async ({
  app,
  services,
  exportsDir,
  dialogs,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);

  await app.getByRole('radio', { name: /Draw my signature/ }).check();
  const canvas = app.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas not laid out');
  await app.mouse.move(box.x + 30, box.y + box.height / 2);
  await app.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await app.mouse.move(box.x + 30 + step * 25, box.y + box.height / 2 + (step % 2 ? -30 : 30));
  }
  await app.mouse.up();
  await expect(app.getByText('Signature drawn.')).toBeVisible();
  await acknowledgeAll(app);
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeVisible();
  const record = await saveAndCheckCertificate(app, exportsDir, services);
  expect(record?.signatureMethod).toBe('drawn');
  const png = path.join(services.env.dataDir, 'signatures', `${record?.signatureSha256}.png`);
  expect(existsSync(png)).toBe(true);
  // Stored at the one fixed size and form, whatever the screen, so a few KB, not tens of KB.
  const stored = readFileSync(png);
  expect([stored.readUInt32BE(16), stored.readUInt32BE(20), stored[24], stored[25]]).toEqual([
    DRAWN_SIGNATURE.width,
    DRAWN_SIGNATURE.height,
    DRAWN_SIGNATURE.bitDepth,
    DRAWN_SIGNATURE.colourType,
  ]);
  expect(stored.length).toBeLessThan(8 * 1024);

  await app.getByRole('button', { name: 'Print certificate' }).click();
  await expect(app.getByText('opened in your PDF viewer')).toBeVisible();
  const opened = await dialogs.openedFiles();
  expect(opened).toHaveLength(1);
  expect(existsSync(opened[0] ?? '')).toBe(true);
});

test('a refresher learner sees the clauses changed since they last signed, first and marked', async ({
  app,
  services,
}) => {
  const pack = await services.content.pack('en-GB');
  const [newClause, ...rest] = pack.aup.clauses;
  if (!newClause) throw new Error('the AUP has no clauses');
  // Last year's record knew every clause but the first: that one is new since. It comes first,
  // because only someone with an earlier completion may take the refresher.
  await (
    await services.ledger()
  ).appendCompletion(
    sampleRecord({
      learner: SIAN,
      aupClauseRevisions: Object.fromEntries(rest.map((c) => [c.id, c.revision])),
      signedAt: '2025-03-01T10:00:00.000Z',
    }),
  );
  await arrangeCompletedSession(services, 'refresher');
  // The clause as shown, now that the organisation's name fills it in.
  const shownClause = (await services.content.pack('en-GB')).aup.clauses[0];
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);

  await expect(app.getByText(/has changed since you last signed it on 1 March 2025/)).toBeVisible();
  // The first group is what changed, with its own acknowledgement, before any topic.
  const first = app.locator('.clause-group').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(
    'Changed since you last signed',
  );
  await expect(first.locator('.clause-list > li')).toHaveCount(1);
  await expect(first).toContainText(shownClause?.text ?? newClause.text);
  await expect(groupBoxes(app).first()).toHaveAccessibleName(
    'I have read the changed clause above and will follow it',
  );
  await expectNoAxeViolations(app, 'signing, refresher (en-GB)');
  await expect(app.getByRole('heading', { name: 'Changed since you last signed' })).toHaveCount(1);
  // That clause is not asked for again under its topic.
  await expect(app.getByText(shownClause?.text ?? newClause.text)).toHaveCount(1);
});

test('the signing and completion screens pass axe in Welsh', async ({ app, services }) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  await app.getByLabel('Language', { exact: true }).selectOption('cy');
  await expect(app.getByRole('heading', { level: 2, name: 'Y cymalau' })).toBeVisible();
  await app.getByRole('radio', { name: /Teipio fy llofnod/ }).check();
  await expectNoAxeViolations(app, 'signing (cy)');

  await acknowledgeAll(app);
  await expect(app.getByLabel('Eich llofnod', { exact: true })).toHaveValue('Siân Llŵyd');
  await app.getByRole('button', { name: "Llofnodi'r cytundeb" }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: "Rydych wedi llofnodi'r cytundeb" }),
  ).toBeVisible();
  await expectNoAxeViolations(app, 'completion (cy)');
  const [record] = (await services.ledger()).liveRecords();
  expect(record?.locale).toBe('cy');

  // The device is shared: after Finish the next person starts in the default language.
  await app.getByRole('button', { name: 'Gorffen' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /Stay safe online/ })).toBeVisible();
  expect(services.settings.get().locale).toBe('en-GB');
});
