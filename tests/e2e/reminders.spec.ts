import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { signedInLead } from './lead-support';

test('the dashboard lists who to remind, per role, with a drafted email each and one BCC batch, and exports the list', async ({
  app,
  services,
  exportsDir,
}) => {
  test.setTimeout(120_000);
  // Ana signed 20 days ago (not due), Ben 350 days ago (due in about two weeks), Cara 400 days
  // ago (overdue), with the 12-month refresher and the 30-day window by default.
  await signedInLead(app, services);
  const reminders = app.getByRole('region', { name: 'Volunteer: who to remind' });
  await expect(reminders.getByRole('row', { name: /Ben Hall/ })).toContainText(/Due in \d+ days/);
  await expect(
    app.getByRole('region', { name: 'Trustee: who to remind' }).getByRole('row'),
  ).toContainText([/Name/, /Cara Evans.*Overdue by \d+ days/]);
  await expect(app.getByRole('region', { name: 'Staff: who to remind' })).toHaveCount(0);

  const email = new URL(
    (await app.getByRole('link', { name: 'Email Ben Hall' }).getAttribute('href')) ?? '',
  );
  expect(email.protocol).toBe('mailto:');
  expect(email.pathname).toBe('ben@example.org');
  expect(email.searchParams.get('subject')).toMatch(/^E-safety refresher due on /);
  expect(email.searchParams.get('body')).toContain('Dear Ben Hall,');
  const batch = new URL(
    (await app.getByRole('link', { name: /Email everyone in English/ }).getAttribute('href')) ?? '',
  );
  expect(batch.searchParams.get('bcc')?.split(',').sort()).toEqual([
    'ben@example.org',
    'cara@example.org',
  ]);
  await expectNoAxeViolationsInBothLocales(app, 'lead dashboard with reminders');

  await app.getByRole('button', { name: 'Save the list as CSV' }).click();
  await expect(app.getByText(/Done: written to .*esafety-reminders\.csv/)).toBeVisible();
  const csv = fs
    .readFileSync(path.join(exportsDir, 'esafety-reminders.csv'), 'utf8')
    .replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.data.map((r) => [r['Name'], r['Role']])).toEqual([
    ['Ben Hall', 'Volunteer'],
    ['Cara Evans', 'Trustee'],
  ]);
  await app.getByRole('button', { name: 'Save a printable list (PDF)' }).click();
  await expect(app.getByText(/Done: written to .*esafety-reminders\.pdf/)).toBeVisible();
  const pdf = execFileSync('pdftotext', [path.join(exportsDir, 'esafety-reminders.pdf'), '-'])
    .toString()
    .normalize('NFC');
  expect(pdf).toContain('E-safety refresher reminders');
  expect(pdf).toContain('Cara Evans');

  // A shorter window keeps the overdue and drops whoever is due later than it.
  await app.getByLabel('Days ahead to look').fill('1');
  await app.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(app.getByRole('region', { name: 'Volunteer: who to remind' })).toHaveCount(0);
  await expect(app.getByRole('region', { name: 'Trustee: who to remind' })).toBeVisible();
});
