import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { arrangeSetUpDevice } from './learner-harness';
import { press, startTraining } from './learner-journey';
import { arrangeCompletedSession, resumeToSigning, SIAN } from './signing-helpers';

const DIR = '/tmp/qa';
mkdirSync(DIR, { recursive: true });
const ONLY = process.env.QA_ONLY ?? '';

async function shot(page: Page, name: string) {
  const sizes = [
    { w: 1280, h: 800 },
    { w: 1024, h: 640 },
  ];
  for (const locale of ['en-GB', 'cy']) {
    if (ONLY && ONLY !== locale) continue;
    await page.locator('.language-switch select').selectOption(locale);
    await page.waitForTimeout(250);
    for (const s of sizes) {
      await page.setViewportSize({ width: s.w, height: s.h });
      await page.screenshot({ path: `${DIR}/${name}-${locale}-${s.w}.png`, fullPage: true });
    }
  }
  await page.locator('.language-switch select').selectOption('en-GB');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(250);
}

test('qa: setup and welcome', async ({ app }) => {
  await shot(app, '01-welcome-not-set-up');
  await app.getByRole('button', { name: 'Set up this device' }).click();
  await shot(app, '02-setup');
  await app.getByLabel('Organisation name').fill('Riverside Youth Club');
  await app.getByLabel('Passphrase', { exact: true }).fill('too short');
  await app.getByRole('button', { name: 'Finish setting up' }).click();
  await shot(app, '03-setup-errors');
  await app.getByLabel("E-safety lead's name").fill('Morgan Example');
  await app.getByLabel("E-safety lead's phone or email").fill('extension 201');
  await app.getByLabel("Safeguarding lead's name").fill('Sam Example');
  await app.getByLabel("Safeguarding lead's phone or email").fill('extension 202');
  await app.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await app.getByLabel('Passphrase again').fill('correct horse battery staple');
  await app.getByRole('button', { name: 'Finish setting up' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeVisible();
  await shot(app, '04-recovery');
  await app.getByRole('button', { name: 'Finish' }).click();
  await shot(app, '05-recovery-nudge');
  await app.getByLabel('I have written it down').check();
  await app.getByRole('button', { name: 'Finish' }).click();
  await shot(app, '06-welcome');
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await shot(app, '07-learner-start');
  await app.getByRole('button', { name: 'Continue', exact: true }).click();
  await shot(app, '08-learner-start-errors');
  await app.getByLabel('Your full name').fill('Rhiannon Real');
  await app.getByLabel('Your email or staff ID').fill('rhiannon@example.org');
  await app.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(app.getByRole('button', { name: 'Start my training' })).toBeVisible();
  await shot(app, '09-learner-suggestion');
});

test('qa: real lesson and quiz', async ({ app, services }) => {
  await arrangeSetUpDevice(app, services);
  await press(app, 'mouse', app.getByRole('button', { name: 'Start or resume my training' }));
  await startTraining(app, 'mouse', { name: 'Rhiannon Real', id: 'rhiannon@example.org' });
  // walk module 2 too (module 1 might be short) - go through pages of module 1
  for (let p = 0; p < 12; p++) {
    const label = (await app.getByText(/^Page \d+ of \d+$/).textContent()) ?? '';
    const groups = app.locator('.sort-card [role="group"]');
    if ((await groups.count()) > 0) {
      await shot(app, `10-lesson-p${p}-sort-before`);
      for (let i = 0; i < (await groups.count()); i++) {
        await groups
          .nth(i)
          .getByRole('button', { name: i % 2 ? 'DO NOT' : 'DO', exact: true })
          .click();
      }
      await app.getByRole('button', { name: 'Check my sorting' }).click();
      await shot(app, `10-lesson-p${p}-sort-after`);
    } else {
      const cards = app.locator('button[aria-expanded]');
      if ((await cards.count()) > 0) await cards.first().click();
      await shot(app, `10-lesson-p${p}`);
    }
    const start = app.getByRole('button', { name: 'Start the quiz' });
    if ((await start.count()) > 0) {
      await start.click();
      break;
    }
    await app.getByRole('button', { name: 'Next' }).click();
    await expect(app.getByText(/^Page \d+ of \d+$/)).not.toHaveText(label);
  }
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await shot(app, '11-quiz-missing');
  await app.getByRole('radio').first().check();
  await shot(app, '11-quiz-before');
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await shot(app, '12-quiz-feedback');
  for (let q = 0; q < 30; q++) {
    await app.getByRole('button', { name: 'Continue' }).click();
    const check = app.getByRole('button', { name: 'Check my answer' });
    const results = app.getByRole('heading', { level: 1, name: /^Results: / });
    await expect(check.or(results)).toBeVisible();
    if ((await results.count()) > 0) break;
    if (q === 0 || (await app.locator('.quiz__continued').count()) > 0)
      await shot(app, `13-quiz-q${q}`);
    await app.getByRole('radio').last().check();
    await check.click();
  }
  await shot(app, '14-results');
});

test('qa: complete, signing and certificate', async ({ app, services }) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const resume = app.getByRole('form', { name: 'Carry on where you left off' });
  await resume.getByLabel('Email or staff ID').fill(SIAN.identifier);
  await resume.getByRole('button', { name: 'Resume my training' }).click();
  await expect(app.getByRole('button', { name: 'Continue to the agreement' })).toBeVisible();
  await shot(app, '20-complete');
  await app.getByRole('button', { name: 'Continue to the agreement' }).click();
  await shot(app, '21-sign');
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await shot(app, '22-sign-errors');
  await app.getByRole('radio', { name: /Draw my signature/ }).check();
  await shot(app, '23-sign-draw');
  await app.getByRole('radio', { name: /Type my signature/ }).check();
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await shot(app, '24-sign-type-errors');
  const boxes = app.locator('.clause-list input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await app.locator('#statement').check();
  await app.getByLabel('Your full name').fill('sian llwyd');
  await app.getByLabel('Type your signature').fill('Siân Llŵyd');
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'You have signed the agreement' })).toBeVisible();
  await shot(app, '25-certificate');
});

void resumeToSigning;
