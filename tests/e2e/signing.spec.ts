import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { sampleRecord } from '../unit/fixtures/sample-record';
import {
  arrangeCompletedSession,
  longDate,
  pdfText,
  resumeToSigning,
  SIAN,
} from './signing-helpers';

const clauseBoxes = (app: Page) => app.locator('.clause-list input[type="checkbox"]');

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

test('a learner signs with the keyboard alone, using a typed signature, and saves the certificate', async ({
  app,
  services,
  exportsDir,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  await expectNoAxeViolations(app, 'signing (en-GB)');

  const boxes = clauseBoxes(app);
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await app.keyboard.press('Tab');
    await expect(boxes.nth(i)).toBeFocused();
    await app.keyboard.press('Space');
    await expect(boxes.nth(i)).toBeChecked();
  }
  await expect(app.getByText(`${count} of ${count} clauses ticked`)).toBeVisible();
  await app.keyboard.press('Tab');
  await expect(app.locator('#statement')).toBeFocused();
  await app.keyboard.press('Space');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Your full name')).toBeFocused();
  await app.keyboard.type('sian llwyd');
  await app.keyboard.press('Tab');
  await expect(app.getByRole('radio', { name: /Draw my signature/ })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('radio', { name: /Type my signature/ })).toBeChecked();
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Type your signature')).toBeFocused();
  await app.keyboard.type('Siân Llŵyd');
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Sign the agreement' })).toBeFocused();
  await app.keyboard.press('Enter');

  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeFocused();
  await expectNoAxeViolations(app, 'completion (en-GB)');
  const record = await saveAndCheckCertificate(app, exportsDir, services);
  expect(record?.signatureMethod).toBe('typed');
  expect((await services.ledger()).verification().ok).toBe(true);
});

test('a learner signs by drawing, and a mistyped name is explained before anything is recorded', async ({
  app,
  services,
  exportsDir,
  dialogs,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);

  const boxes = clauseBoxes(app);
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await app.locator('#statement').check();
  await app.getByLabel('Your full name').fill('Sam Jones');
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

  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(app.getByRole('alert')).toContainText('not the name you registered with');
  expect((await services.ledger()).liveRecords()).toHaveLength(0);

  await app.getByLabel('Your full name').fill('Siân Llŵyd');
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeVisible();
  const record = await saveAndCheckCertificate(app, exportsDir, services);
  expect(record?.signatureMethod).toBe('drawn');
  const png = path.join(services.env.dataDir, 'signatures', `${record?.signatureSha256}.png`);
  expect(existsSync(png)).toBe(true);

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
  const items = app.locator('.clause-list > li');
  await expect(items.first()).toContainText('Changed since you last signed');
  await expect(items.first()).toContainText(shownClause?.text ?? newClause.text);
  await expectNoAxeViolations(app, 'signing, refresher (en-GB)');
  await expect(app.locator('.clause-list').getByText('Changed since you last signed')).toHaveCount(
    1,
  );
});

test('the signing and completion screens pass axe in Welsh', async ({ app, services }) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  await app.getByLabel('Language', { exact: true }).selectOption('cy');
  await expect(app.getByRole('heading', { level: 2, name: 'Y cymalau' })).toBeVisible();
  await app.getByRole('radio', { name: /Teipio fy llofnod/ }).check();
  await expectNoAxeViolations(app, 'signing (cy)');

  const boxes = clauseBoxes(app);
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await app.locator('#statement').check();
  await app.getByLabel('Eich enw llawn').fill('Siân Llŵyd');
  await app.getByLabel('Teipiwch eich llofnod').fill('Siân Llŵyd');
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
