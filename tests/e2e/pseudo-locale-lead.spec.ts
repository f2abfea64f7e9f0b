import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services';
import Papa from 'papaparse';
import { mainI18n } from '../../electron/services/i18n/main-translator';
import { LOCALE_RESOURCES } from '../../common/i18n/locale-resources';
import { LEAD_TABS } from '../../renderer/screens/lead/lead-tabs';
import { pseudoLocalise, strayText } from '../support/pseudo-locale';
import { pseudoMainProcess } from '../support/pseudo-main-process';
import { expectOnlyPseudoText, servePseudoEnglish } from './harness/pseudo-route';
import { expect, test } from './learner-harness';
import { arrangeLeadDevice, leadSections, PASSPHRASE, signIn } from './lead-support';

const english = LOCALE_RESOURCES['en-GB'] as Record<string, Record<string, unknown>>;

/** The accented letters of one en-GB string (no markers, no padding), to find it by name. */
function accented(namespace: string, key: string): string {
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], english[namespace]);
  if (typeof text !== 'string') throw new Error(`no en-GB string ${namespace}:${key}`);
  return pseudoLocalise(text).slice(1, 1 + text.length);
}

const VERSION = '0.0.0-test';
const ORGANISATION = [
  'Riverside Youth Club',
  'Morgan Example',
  'extension 201',
  'Sam Example',
  'extension 202',
];
const PEOPLE = [
  'Ana Price',
  'Ben Hall',
  'Cara Evans',
  'ana@example.org',
  'ben@example.org',
  'cara@example.org',
];

const expectNoStrayText = (page: Page, screen: string, data: string[] = []) =>
  expectOnlyPseudoText(page, screen, [VERSION, ...ORGANISATION, ...PEOPLE, ...data]);

/** Waits until the lead panel has its heading and nothing in it is still loading. */
async function panelSettled(page: Page) {
  await expect(page.locator('.lead-panel h2').first()).toBeVisible();
  await expect(page.locator('.lead-panel [aria-busy="true"]')).toHaveCount(0);
}

/**
 * A device with a lead and three records, the app in the pseudo locale, at the lead's sign-in.
 * Returns the records' certificate codes (data, shown as they are).
 */
async function toLeadSignIn(app: Page, services: AppServices): Promise<string[]> {
  await servePseudoEnglish(app);
  const { records } = await arrangeLeadDevice(services);
  await app.reload();
  await app.getByRole('button', { name: accented('welcome', 'leadArea') }).click();
  return records.map((record) => record.certificateCode);
}

test('in a pseudo locale every lead section, a person’s record and the erase and passphrase forms have no stray word', async ({
  app,
  services,
}) => {
  test.setTimeout(120_000);
  const codes = await toLeadSignIn(app, services);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('‹');
  await expectNoStrayText(app, 'lead sign-in');
  await app.locator('input[type="password"]').fill(PASSPHRASE);
  await app.locator('input[type="password"]').press('Enter');
  await expect(app.getByTestId('tile-current')).toBeVisible();

  const sections = app.getByRole('navigation', { name: accented('lead', 'tabs.label') });
  for (const tab of LEAD_TABS) {
    const name = accented('lead', `tabs.${tab}`);
    await sections.getByRole('button', { name }).click();
    await expect(app.getByRole('heading', { level: 1 })).toContainText(name);
    await panelSettled(app);
    await expectNoStrayText(app, `lead ${tab}`, codes);
  }

  await sections.getByRole('button', { name: accented('lead', 'tabs.records') }).click();
  await panelSettled(app);
  await app.locator('.lead-panel [role="cell"] button').first().click();
  await expect(app.locator('#lead-person')).toBeVisible();
  await panelSettled(app);
  await expectNoStrayText(app, 'lead person, with its erase confirmation', codes);
});

test('in a pseudo locale the first-run setup and About screens have no stray word', async ({
  app,
}) => {
  await servePseudoEnglish(app);
  await app.reload();
  await app.getByRole('button', { name: accented('welcome', 'setUpDevice') }).click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText(accented('setup', 'title'));
  await expectNoStrayText(app, 'setup');
  // A refused form shows its summary and a message under each field.
  await app.locator('form button[type="submit"]').click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expectNoStrayText(app, 'setup with problems');

  await app
    .getByRole('contentinfo')
    .getByRole('button', { name: accented('common', 'layout.aboutLink') })
    .click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('‹');
  await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectNoStrayText(app, 'about');
});

/** The one file in the folder not in `before` (its name is pseudo text too, extension and all). */
function written(folder: string, before: readonly string[]): string {
  const [file, ...others] = readdirSync(folder).filter((name) => !before.includes(name));
  if (!file || others.length > 0) throw new Error(`expected one new file in ${folder}`);
  return path.join(folder, file);
}

test('in a pseudo locale the CSV export’s headers written by main have no stray word', async ({
  app,
  services,
  exportsDir,
}) => {
  const { records } = await arrangeLeadDevice(services);
  const ben = records[1];
  if (!ben) throw new Error('arrange failed');
  await app.reload();
  await signIn(app);
  const tabs = leadSections(app);
  await expect(app.getByTestId('tile-current')).toBeVisible();
  const undo = pseudoMainProcess();
  try {
    await tabs.getByRole('button', { name: 'Exports' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Exports' })).toBeVisible();
    await app.getByRole('button', { name: 'Export CSV' }).click();
    await expect(app.getByText(/Done: written to/)).toBeVisible();
    // Its file name is translated too, so it is found by its type.
    const csvFile = written(exportsDir, []);
    const csv = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '');
    const headers = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[0] ?? [];
    expect(headers.length).toBeGreaterThan(5);
    // Per-module and per-clause columns end in the module's or clause's id (":images"), a stable
    // key for spreadsheets, not a word; everything before it is translated.
    const words = headers.map((header) => header.replace(/:[a-z0-9-]+$/, ''));
    expect(words.filter((header) => strayText(header) !== null)).toEqual([]);
  } finally {
    undo();
  }
  // Put back whole: main and the shipped texts read English again for the tests after this one.
  expect(mainI18n.t('lead:title', { lng: 'en-GB' })).toBe('E-safety lead area');
  expect(english.lead?.title).toBe('E-safety lead area');
});

test('in a pseudo locale what appears only after an action (a refused passphrase, an export’s outcome, each certificate check) has no stray word', async ({
  app,
  services,
  exportsDir,
}) => {
  test.setTimeout(120_000);
  const codes = await toLeadSignIn(app, services);
  const passphrase = app.locator('input[type="password"]');
  await passphrase.fill('not the passphrase at all');
  await passphrase.press('Enter');
  await expect(app.getByRole('alert').first()).toContainText('‹');
  await expectNoStrayText(app, 'lead sign-in after a wrong passphrase');
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expect(app.getByTestId('tile-current')).toBeVisible();
  const sections = app.getByRole('navigation', { name: accented('lead', 'tabs.label') });

  // An export's outcome names the file main wrote: main answers in the pseudo locale too.
  const undo = pseudoMainProcess();
  try {
    await sections.getByRole('button', { name: accented('lead', 'tabs.exports') }).click();
    await panelSettled(app);
    await app.getByRole('button', { name: accented('lead', 'exports.csvButton') }).click();
    await expect(app.locator('.lead-panel [role="status"]').filter({ hasText: '‹' })).toHaveCount(
      1,
    );
    await expect(app.getByText(path.basename(written(exportsDir, [])))).toBeVisible();
    await expectNoStrayText(app, 'exports after a CSV export', [exportsDir]);
  } finally {
    undo();
  }

  await sections.getByRole('button', { name: accented('lead', 'tabs.verify') }).click();
  await panelSettled(app);
  const code = app.getByLabel(accented('lead', 'verify.input'));
  const verify = app
    .locator('.lead-panel form')
    .getByRole('button', { name: accented('lead', 'verify.submit') });
  const outcomes: Array<[string, string]> = [
    [codes[0]!, 'valid'],
    ['ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'not-found'],
    ['not a code', 'unreadable'],
  ];
  for (const [typed, outcome] of outcomes) {
    await code.fill(typed);
    await verify.click();
    await expect(app.getByText(accented('lead', `verify.outcomes.${outcome}`))).toBeVisible();
    await expectNoStrayText(app, `verify: ${outcome}`, [...codes, typed]);
  }
});
