import type { Locator, Page } from '@playwright/test';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { answerQuiz, playLesson, resumeTraining, startTraining } from './learner-journey';
import { BEST } from './learner-harness';
import { acknowledgeAll, arrangeCompletedSession, PIN, SIAN } from './signing-helpers';

/**
 * Tab presses from a screen's arrival (focus on its main heading) to its main action; fails
 * above `most`. Each screen's main action is what a learner there would do next.
 */
async function tabsToMainAction(page: Page, target: Locator, most = 3): Promise<number> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  for (let presses = 0; presses <= most; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    if (presses < most) await page.keyboard.press('Tab');
  }
  throw new Error(`the main action is more than ${most} Tab presses from the heading`);
}

test('on each learner screen the main action is at most three Tab presses from the heading', async ({
  app,
  services,
}) => {
  test.setTimeout(120_000);
  await arrangeSetUpDevice(app, services);
  const reach: Record<string, number> = {};
  reach.welcome = await tabsToMainAction(
    app,
    app.getByRole('button', { name: 'Start or resume my training' }),
  );
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  reach.start = await tabsToMainAction(
    app,
    app.getByRole('form', { name: 'Start new training' }).getByLabel('Your full name'),
  );
  await startTraining(app, 'mouse', { name: 'Alex Learner', id: 'alex@example.org' });
  reach.lessonIntro = await tabsToMainAction(app, app.getByRole('button', { name: 'Next' }));

  // Through the pages to the first activity and the quiz, by mouse: only arrival is measured.
  for (let guard = 0; guard < 10; guard++) {
    const sortButtons = app.locator('.sort-card [role="group"]').getByRole('button');
    if ((await sortButtons.count()) > 0) {
      reach.sort ??= await tabsToMainAction(app, sortButtons.first());
      await expect(app.getByRole('button', { name: 'Next' })).toBeVisible();
      break;
    }
    const label = await app.getByText(/^Page \d+ of \d+$/).textContent();
    await app.getByRole('button', { name: 'Next' }).click();
    await expect(app.getByText(/^Page \d+ of \d+$/)).not.toHaveText(label ?? '');
  }
  await playLesson(app, 'mouse');
  const option = app.getByRole('radio').or(app.getByRole('checkbox')).first();
  reach.question = await tabsToMainAction(app, option);
  // After "Check my answer" the feedback is read out and Continue already has focus.
  // The first question is one of two alternates: one answer, or every answer that applies (then
  // all the best ones, or the quiz is failed and its results offer a retake, not Continue).
  const best = new RegExp(`^(${BEST.join('|')})$`);
  if ((await app.getByRole('checkbox').count()) > 0) {
    for (const box of await app.getByRole('checkbox', { name: best }).all()) await box.check();
  } else {
    await app.getByRole('radio', { name: best }).first().check();
  }
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await expect(app.getByRole('button', { name: 'Continue' })).toBeFocused();
  await app.getByRole('button', { name: 'Continue' }).click();
  await answerQuiz(app, 'mouse', () => 'best');
  reach.results = await tabsToMainAction(app, app.getByRole('button', { name: 'Continue' }));
  console.log(`[reach] ${JSON.stringify(reach)}`);
});

test('signing and the certificate: the first acknowledgement and the save are near the heading', async ({
  app,
  services,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeTraining(app, SIAN.identifier, PIN);
  const reach: Record<string, number> = {};
  reach.complete = await tabsToMainAction(
    app,
    app.getByRole('button', { name: 'Continue to the agreement' }),
  );
  await app.getByRole('button', { name: 'Continue to the agreement' }).click();
  reach.sign = await tabsToMainAction(app, app.locator('.clause-ack input').first());
  await acknowledgeAll(app);
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  reach.certificate = await tabsToMainAction(
    app,
    app.getByRole('button', { name: 'Save certificate (PDF)' }),
  );
  console.log(`[reach] ${JSON.stringify(reach)}`);
});

test('a skip link, first on the page, takes keyboard users straight to the main content', async ({
  app,
}) => {
  // As on a fresh page: the next Tab starts from the top of the document.
  await app.locator('body').evaluate((body) => {
    body.tabIndex = -1;
    body.focus();
    body.removeAttribute('tabindex');
  });
  await app.keyboard.press('Tab');
  const skip = app.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('main')).toBeFocused();
  await expect(app.getByRole('banner')).toHaveCount(1);
  await expect(app.getByRole('contentinfo')).toHaveCount(1);
});
