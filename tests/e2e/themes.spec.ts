import type { Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { leadSections, signedInLead } from './lead-support';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { startTraining } from './learner-journey';

/** A screenshot kept with the test's results, so a person can look at each theme. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
}

test('in the dark theme the learner screens keep AA contrast and every label', async ({
  app,
  services,
}, testInfo) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await arrangeSetUpDevice(app, services);
  // The dark theme is really on: the page background is dark, not the light default.
  const background = await app.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(15, 19, 26)');
  await expectNoAxeViolations(app, 'welcome (dark)');
  await keepScreenshot(app, testInfo, 'welcome-dark');
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await expectNoAxeViolations(app, 'learner start (dark)');
  await startTraining(app, 'mouse', { name: 'Alex Learner', id: 'alex@example.org' });
  await expect(app.getByText(/^Page \d+ of \d+$/)).toBeVisible();
  await expectNoAxeViolations(app, 'lesson (dark)');
  await keepScreenshot(app, testInfo, 'lesson-dark');
});

test('in the dark theme the lead area keeps AA contrast', async ({ app, services }, testInfo) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await signedInLead(app, services);
  const sections = leadSections(app);
  for (const name of ['Dashboard', 'Records', 'Policy', 'Settings']) {
    await sections.getByRole('button', { name }).click();
    await expect(sections.getByRole('button', { name })).toHaveAttribute('aria-current', 'page');
    if (name === 'Policy')
      await expect(app.getByRole('group', { name: 'Add a clause' })).toBeVisible();
    await expectNoAxeViolations(app, `lead ${name} (dark)`);
  }
  await keepScreenshot(app, testInfo, 'lead-settings-dark');
});

test('in forced colours (Windows High Contrast) a chosen answer and the open tab stay marked', async ({
  app,
  services,
}, testInfo) => {
  await app.emulateMedia({ forcedColors: 'active' });
  await signedInLead(app, services);
  const open = leadSections(app).getByRole('button', { name: 'Dashboard' });
  await expect(open).toHaveAttribute('aria-current', 'page');
  // Backgrounds are replaced by the system palette, so the state must be drawn as an outline.
  const outline = await open.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await keepScreenshot(app, testInfo, 'lead-dashboard-forced-colours');
});

test('with reduced motion the lead area’s busy spinner does not spin', async ({
  app,
  services,
}) => {
  await app.emulateMedia({ reducedMotion: 'reduce' });
  await signedInLead(app, services);
  await expect(leadSections(app)).toBeVisible();
  const duration = await app.evaluate(() => {
    const spinner = document.createElement('span');
    spinner.className = 'lead-spin';
    document.body.append(spinner);
    const seconds = parseFloat(getComputedStyle(spinner).animationDuration);
    spinner.remove();
    return seconds;
  });
  expect(duration).toBeLessThan(0.01);
});
