import type { Page } from '@playwright/test';
import { expectOnlyPseudoText, servePseudoEnglish } from './harness/pseudo-route';
import { arrangeLeadDevice, PASSPHRASE } from './lead-support';
import { arrangeSetUpDevice, expect, LEAD_NAME, test } from './learner-harness';
import { acknowledgeAll, arrangeCompletedSession, PIN, SIAN } from './signing-helpers';

/** The people and places of the test's device: data, not UI text. */
const PEOPLE_AND_PLACES = ['Riverside Youth Club', LEAD_NAME, 'Sam Example', 'Alex Learner'];

const expectNoStrayText = (page: Page, screen: string, data: string[] = []) =>
  expectOnlyPseudoText(page, screen, [...PEOPLE_AND_PLACES, ...data]);

/** Resumes through the second form of the start screen (its labels are pseudo text). */
async function resume(page: Page, identifier: string) {
  await page.getByRole('button', { name: /Šţáŕţ óŕ ŕéšúɱé/ }).click();
  const form = page.locator('form').nth(1);
  await form.locator('input').nth(0).fill(identifier);
  await form.locator('input').nth(1).fill(PIN);
  await form.locator('button[type="submit"]').click();
}

const VERSION = '0.0.0-test';

test('in a pseudo locale every word of the learner’s screens comes through i18next', async ({
  app,
  services,
}) => {
  await servePseudoEnglish(app);
  await arrangeSetUpDevice(app, services);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('‹');
  await expectNoStrayText(app, 'welcome', [VERSION]);

  await app.getByRole('button', { name: /Šţáŕţ óŕ ŕéšúɱé/ }).click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('ţŕáíñíñĝ');
  await expectNoStrayText(app, 'learner start', [VERSION]);

  await services.learning.start(
    { fullName: 'Alex Learner', role: 'staff', identifier: 'alex@example.org' },
    'induction',
    PIN,
  );
  await app.reload();
  await resume(app, 'alex@example.org');
  await expect(app.locator('.lesson')).toBeVisible();
  await expectNoStrayText(app, 'lesson page', [VERSION]);
  for (let guard = 0; guard < 8 && (await app.locator('.sort-card').count()) === 0; guard++) {
    const heading = await app.getByRole('heading', { level: 1 }).textContent();
    await app.locator('.lesson__nav .button').last().click();
    await expect(app.getByRole('heading', { level: 1 })).not.toHaveText(heading ?? '');
  }
  await expectNoStrayText(app, 'sort activity', [VERSION]);
});

test('in a pseudo locale signing, the certificate and the lead area have no stray word', async ({
  app,
  services,
}) => {
  await servePseudoEnglish(app);
  await arrangeCompletedSession(services);
  await arrangeLeadDevice(services);
  await app.reload();
  await resume(app, SIAN.identifier);
  await expect(app.locator('.card table')).toBeVisible();
  await expectNoStrayText(app, 'training finished', [VERSION]);
  await app.locator('main .button').filter({ hasText: 'Çóñţíñúé' }).last().click();
  await expect(app.locator('.clause-ack').first()).toBeVisible();
  const agreed = [SIAN.fullName, '2026.1'];
  await expectNoStrayText(app, 'signing', [VERSION, ...agreed]);
  await acknowledgeAll(app);
  await app.locator('form button[type="submit"]').click();
  await expect(app.locator('#certificate-outcome')).toBeAttached();
  const record = (await services.ledger())
    .liveRecords()
    .find((r) => r.learner.identifier === SIAN.identifier);
  await expectNoStrayText(app, 'certificate', [
    VERSION,
    ...agreed,
    record?.certificateCode ?? '',
    '100%',
  ]);

  await app.locator('.certificate-finish .button').click();
  await app.getByRole('button', { name: /Ĺéáď|ĺéáď/ }).click();
  await app.locator('input[type="password"]').fill(PASSPHRASE);
  await app.locator('input[type="password"]').press('Enter');
  await expect(app.getByTestId('tile-current')).toBeVisible();
  const people = [
    'Ana Price',
    'Ben Hall',
    'Cara Evans',
    'ana@example.org',
    'ben@example.org',
    'cara@example.org',
  ];
  await expectNoStrayText(app, 'lead dashboard', [VERSION, ...people, SIAN.fullName]);
});
