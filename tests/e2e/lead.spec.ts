import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, test } from './harness/fixtures';
import {
  arrangeLeadDevice,
  leadSections,
  openLeadSection,
  signedInLead,
  signIn,
} from './lead-support';

test('the e-safety lead signs in, reviews, exports, verifies, erases and changes settings', async ({
  app,
  services,
  exportsDir,
}) => {
  test.setTimeout(120_000);
  const [ana, ben, cara] = (await arrangeLeadDevice(services)).records;
  if (!ana || !ben || !cara) throw new Error('arrange failed');
  // Someone part-way through their induction, whom the lead may want to encourage to finish.
  await services.learning.start(
    { fullName: 'Dai Newman', role: 'sessional', identifier: 'dai@example.org' },
    'induction',
    '1357',
  );
  await app.reload();

  await signIn(app);
  const tabs = leadSections(app);
  await expect(app.getByRole('heading', { level: 1, name: /E-safety lead area/ })).toBeFocused();
  await expect(app.getByTestId('tile-current')).toContainText('1');
  await expect(app.getByTestId('tile-never')).toContainText('1');
  const inTraining = app.getByRole('table', { name: /started but not yet signed/ });
  await expect(
    inTraining.getByRole('row', { name: /Dai Newman dai@example.org Induction/ }),
  ).toBeVisible();
  await expect(app.getByTestId('tile-due-soon')).toContainText('1');
  await expect(app.getByTestId('tile-overdue')).toContainText('1');
  await expect(app.getByRole('table', { name: /Completions in each/ })).toBeVisible();
  await expectNoAxeViolations(app, 'lead dashboard (en-GB)');

  await tabs.getByRole('button', { name: 'Records' }).click();
  await expect(app.getByText('3 of 3 records')).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead records');
  await app.getByLabel('Search', { exact: true }).fill('ben');
  await expect(app.getByText('1 of 3 records')).toBeVisible();
  await app.getByRole('button', { name: 'Open Ben Hall' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Ben Hall' })).toBeVisible();
  await expect(app.getByText(ben.certificateCode)).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead person');
  await app.getByRole('button', { name: `Save certificate PDF ${ben.certificateCode}` }).click();
  await expect(app.getByText(/Certificate saved to/)).toBeVisible();
  // Named by its code, as every certificate file is; the name is inside.
  const benPdf = path.join(exportsDir, `esafety-certificate-${ben.certificateCode}.pdf`);
  expect(execFileSync('pdftotext', [benPdf, '-']).toString()).toContain('Ben Hall');

  await tabs.getByRole('button', { name: 'Exports' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead exports');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  await expect(app.getByText(/Done: written to .*\(3 in all\)/)).toBeVisible();
  // Disabled while it ran, the button has the focus back once it is done (not the page).
  await expect(app.getByRole('button', { name: 'Export CSV' })).toBeFocused();
  const csv = fs
    .readFileSync(path.join(exportsDir, 'esafety-records.csv'), 'utf8')
    .replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  // The closing row carries the ledger's checkpoint (README: the CSV export).
  expect(Object.values(rows.pop() ?? {})[0]).toBe('ledger-checkpoint');
  expect(rows.map((row) => [row['Full name'], row['Certificate code']])).toEqual(
    [ana, ben, cara].map((r) => [r.learner.fullName, r.certificateCode]),
  );
  await app.getByRole('button', { name: 'Save one combined PDF' }).click();
  await expect(
    app.getByText(/Done: written to .*esafety-certificates\.pdf \(3 in all\)/),
  ).toBeVisible();
  const combined = execFileSync('pdftotext', [
    path.join(exportsDir, 'esafety-certificates.pdf'),
    '-',
  ]).toString();
  for (const record of [ana, ben, cara]) expect(combined).toContain(record.certificateCode);
  await app.getByRole('button', { name: 'Create backup' }).click();
  await expect(app.getByText(/Done: written to .*esafety-backup-.*\(3 in all\)/)).toBeVisible();

  await tabs.getByRole('button', { name: 'Verify a certificate' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead verify');
  await app.getByLabel('Certificate code or QR text').fill(cara.certificateCode.toLowerCase());
  await app.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(app.getByText(/^Valid: this certificate matches/)).toBeVisible();
  await expect(app.getByText('Cara Evans')).toBeVisible();

  await tabs.getByRole('button', { name: 'Import a backup' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead import');

  await tabs.getByRole('button', { name: 'Data protection' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead data protection');
  await app.getByLabel('Email or staff ID of the person').fill('ana@example.org');
  await app.getByLabel('To confirm, type the email or staff ID again').fill('ana@example.org');
  await app.getByRole('button', { name: 'Erase permanently' }).click();
  await expect(app.getByText(/Erased from this device\. Records: 1;/)).toBeVisible();
  // Focus is on what was erased, not dropped to the page with the button it pressed.
  await expect(app.getByText(/Erased from this device\. Records: 1;/)).toBeFocused();
  const ledger = await services.ledger();
  expect(ledger.liveRecords().map((r) => r.learner.fullName)).toEqual(['Ben Hall', 'Cara Evans']);
  expect(ledger.verification().ok).toBe(true);

  await tabs.getByRole('button', { name: 'Settings' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead settings');
  await app.getByLabel('Refresher interval (months)').fill('24');
  await app.getByLabel('Keep records for (years)').fill('6');
  await app.getByLabel("Safeguarding lead's name").fill('Duty Safeguarding Officer');
  await expect(app.getByLabel('Time zone for training dates')).toHaveValue('Europe/London');
  await app.getByLabel('Time zone for training dates').selectOption('America/New_York');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  expect(services.settings.get()).toMatchObject({
    refresherMonths: 24,
    retentionYears: 6,
    timeZone: 'America/New_York',
  });
  expect(services.settings.get().organisation.safeguardingLeadName).toBe(
    'Duty Safeguarding Officer',
  );

  await app.getByLabel('Language', { exact: true }).selectOption('cy');
  await app.getByRole('button', { name: 'Dangosfwrdd' }).click();
  await expect(app.getByRole('heading', { name: "Pwy sy'n gyfredol" })).toBeVisible();
  await expectNoAxeViolations(app, 'lead dashboard (cy)');
});

test('five wrong passphrases lock the lead area and show how long to wait', async ({
  app,
  services,
}) => {
  await arrangeLeadDevice(services);
  await app.reload();
  await signIn(app, 'not the passphrase at all');
  await expect(app.getByText(/4 attempts left/)).toBeVisible();
  // The field is cleared and has the focus again, ready for the next try (not the page).
  await expect(app.getByLabel('Passphrase')).toBeFocused();
  for (let attempt = 2; attempt <= 5; attempt += 1) {
    await app.getByLabel('Passphrase').fill(`wrong guess number ${attempt}`);
    await app.getByRole('button', { name: 'Unlock' }).click();
    if (attempt < 5)
      await expect(app.getByText(`${5 - attempt} attempts left`, { exact: false })).toBeVisible();
  }
  await expect(app.getByText(/Too many wrong attempts\. Try again in \d+ seconds/)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  expect((await services.leadAuth.status()).retryAfterSeconds).toBeGreaterThan(0);
  await expectNoAxeViolationsInBothLocales(app, 'lead login locked');
});

test('an idle session is refused by main and the lead is sent back to sign in', async ({
  app,
  services,
}) => {
  await signedInLead(app, services);
  await expect(app.getByTestId('tile-current')).toBeVisible();
  services.leadSession.lock();
  await openLeadSection(app, 'Records');
  await expect(
    app.getByText(/locked itself after a period without activity/).first(),
  ).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'E-safety lead sign-in' })).toBeVisible();
});

test('a forgotten passphrase is reset with the recovery code, which is then replaced', async ({
  app,
  services,
}) => {
  const { recoveryCode } = await arrangeLeadDevice(services);
  await app.reload();
  await app.getByRole('button', { name: 'E-safety lead area' }).click();
  await expectNoAxeViolationsInBothLocales(app, 'lead login');
  await app.getByRole('button', { name: 'Forgot the passphrase?' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Reset the lead passphrase' }),
  ).toBeFocused();
  await expectNoAxeViolationsInBothLocales(app, 'lead recovery');
  await app.getByLabel('Recovery code').fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
  await app.getByLabel('New passphrase', { exact: true }).fill('a brand new lead passphrase');
  await app.getByLabel('Type the new passphrase again').fill('a brand new lead passphrase');
  await app.getByRole('button', { name: 'Reset the passphrase' }).click();
  const shown = await app.getByTestId('new-recovery-code').textContent();
  expect(shown).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
  expect(shown).not.toBe(recoveryCode);
  await app.getByRole('button', { name: 'Continue to the lead area' }).click();
  await expect(app.getByTestId('tile-current')).toBeVisible();
  await services.leadAuth.unlock('a brand new lead passphrase');
});

test('the lead exports just the records a filter shows, e.g. the volunteers', async ({
  app,
  services,
  exportsDir,
}) => {
  await signedInLead(app, services);
  await openLeadSection(app, 'Records');
  await app.getByLabel('Role').selectOption('volunteer');
  await expect(app.getByText('1 of 3 records')).toBeVisible();
  await app.getByRole('button', { name: 'Export these records as CSV (1)' }).click();
  await expect(app.getByText(/Done: written to .*\(1 in all\)/)).toBeVisible();
  const csv = fs
    .readFileSync(path.join(exportsDir, 'esafety-records.csv'), 'utf8')
    .replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(csv.trim(), { header: false }).data.slice(1, -1);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('Ben Hall');
  await expectNoAxeViolations(app, 'lead records after a filtered export (en-GB)');
});

test('erasing a person from their own record says what was erased, with the focus on it', async ({
  app,
  services,
}) => {
  await signedInLead(app, services);
  await openLeadSection(app, 'Records');
  await app.getByRole('button', { name: 'Open Ben Hall' }).click();
  await app
    .getByLabel("To confirm, type this person's email or staff ID: ben@example.org")
    .fill('ben@example.org');
  await app.getByRole('button', { name: 'Erase permanently' }).click();
  const result = app.getByRole('status').filter({ hasText: /Erased from this device/ });
  await expect(result).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Back to records' })).toBeFocused();
});

test('the retention review erases only the reviewed old records, then says so with the focus on it', async ({
  app,
  services,
}) => {
  // Cara signed 400 days ago: past a one-year retention period; Ana and Ben are not.
  await arrangeLeadDevice(services);
  services.settings.update({ retentionYears: 1 });
  await app.reload();
  await signIn(app);
  await openLeadSection(app, 'Data protection');
  const old = app.getByRole('table', { name: 'Records past the retention period' });
  await expect(old.getByRole('row', { name: /Cara Evans/ })).toBeVisible();
  await app.getByLabel('I have reviewed this record and want it erased').check();
  await app.getByRole('button', { name: 'Erase reviewed records' }).click();
  await expect(app.getByText('Record erased: 1.')).toBeFocused();
  await expect(app.getByText('No records are older than the retention period.')).toBeVisible();
  const ledger = await services.ledger();
  expect(ledger.liveRecords().map((r) => r.learner.fullName)).toEqual(['Ana Price', 'Ben Hall']);
});

test('importing a backup with the keyboard: its summary is read first, then the focus returns to the file button', async ({
  app,
  services,
  exportsDir,
  dialogs,
}) => {
  await signedInLead(app, services);
  const tabs = leadSections(app);
  await tabs.getByRole('button', { name: 'Exports' }).click();
  await app.getByRole('button', { name: 'Create backup' }).click();
  await expect(app.getByText(/Done: written to .*esafety-backup-/)).toBeVisible();
  const [backup] = fs.readdirSync(exportsDir).filter((name) => name.startsWith('esafety-backup-'));
  if (!backup) throw new Error('no backup written');
  await dialogs.willOpen(path.join(exportsDir, backup));

  await tabs.getByRole('button', { name: 'Import a backup' }).click();
  await app.getByRole('button', { name: 'Choose a backup file…' }).press('Enter');
  const summary = app.getByText(/holds 3 records\. Nothing has been imported yet\./);
  await expect(summary.locator('..')).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Import these records' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: /Imported 0 records/ })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Choose a backup file…' })).toBeFocused();
  expect((await services.ledger()).liveRecords()).toHaveLength(3);
});
