import type { Page } from '@playwright/test';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, BEST, expect, test } from './learner-harness';
import { answerQuiz, playLesson, resumeTraining, startTraining } from './learner-journey';
import { arrangeCompletedSession, PIN, SIAN } from './signing-helpers';

const WELCOME = 'Stay safe online, keep young people safe';
const SAVED =
  'Your training is saved. To carry on, choose “Start or resume my training” and enter your email or staff ID and your PIN.';
const DEE = { name: 'Dee Leaver', id: 'dee@example.org' };

/** Save and leave, then back in with the email and PIN; `where` is what the step shows. */
async function leaveAndResume(
  app: Page,
  where: RegExp | string,
  identifier = DEE.id,
  pin?: string,
) {
  await app.getByRole('button', { name: 'Save and leave' }).click();
  await expect(app.getByRole('heading', { level: 1, name: WELCOME })).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Your training is saved' })).toHaveText(
    SAVED,
  );
  await expect(app.getByText(where)).toHaveCount(0);
  await resumeTraining(app, identifier, pin);
  await expect(app.getByText(where).first()).toBeVisible();
}

test('save and leave on every learner screen returns to the welcome screen, and resume restores the step', async ({
  app,
  services,
}) => {
  test.setTimeout(120_000);
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', DEE);
  await leaveAndResume(app, 'Page 1 of 5');

  // The sort activity, with one statement sorted.
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 2 of 5')).toBeVisible();
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 3 of 5')).toBeVisible();
  const first = app.getByRole('group', { name: 'Statement 1' });
  await first.getByRole('button', { name: 'DO NOT', exact: true }).click();
  await expect(first.getByRole('button', { name: 'DO NOT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await leaveAndResume(app, 'Page 3 of 5');
  await expect(first.getByRole('button', { name: 'DO NOT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The reveal activity, left in Welsh: the next person starts in the default language.
  const groups = app.locator('.sort-card [role="group"]');
  for (let i = 0; i < (await groups.count()); i++) {
    const choice = groups.nth(i).getByRole('button', { name: 'DO', exact: true });
    await choice.click();
    // Next stays unavailable (and says why) until every card is sorted: wait for each choice.
    await expect(choice).toHaveAttribute('aria-pressed', 'true');
  }
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 4 of 5')).toBeVisible();
  await app.getByLabel('Language').selectOption('cy');
  await expect(app.getByText('Tudalen 4 o 5')).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lesson with Save and leave');
  await app.getByRole('button', { name: 'Cadw a gadael' }).click();
  await expect(app.getByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
  await resumeTraining(app, DEE.id);
  await expect(app.getByText('Page 4 of 5')).toBeVisible();

  // A quiz question, with the first answered.
  await playLesson(app, 'mouse');
  // The first question is one of two alternates: a one-answer or a several-answer step.
  const best = new RegExp(`^(${BEST.join('|')})$`);
  const firstOption = app.getByRole('radio').or(app.getByRole('checkbox')).first();
  await expect(firstOption).toBeVisible();
  if ((await app.getByRole('checkbox').count()) > 0) {
    const boxes = app.getByRole('checkbox', { name: best });
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  } else {
    await app.getByRole('radio', { name: best }).check();
  }
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await app.getByRole('button', { name: 'Continue' }).click();
  // Read the position only once the next question is on screen, not the answered one's feedback.
  await expect(app.getByText(/^(Best answer|Not the best answer)$/)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Check my answer' })).toBeVisible();
  const position = (await app.getByText(/^Question \d of 3$/).textContent()) ?? '';
  const heading = (await app.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await leaveAndResume(app, position);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(heading);

  // The results.
  await answerQuiz(app, 'mouse', () => 'best');
  await leaveAndResume(app, 'You scored 100%. The pass mark is 80%. You passed.');
});

test('save and leave from signing keeps the finished training; the learner signs on return', async ({
  app,
  services,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeTraining(app, SIAN.identifier, PIN);
  await app.getByRole('button', { name: 'Continue to the agreement' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(app.getByText('When you come back, you tick the agreement again')).toBeVisible();
  await leaveAndResume(app, 'You have finished the training', SIAN.identifier, PIN);
  await app.getByRole('button', { name: 'Continue to the agreement' }).click();
  await expect(app.getByRole('button', { name: 'Sign the agreement' })).toBeVisible();
});

test('after 10 minutes without input the training is saved and closed, with a polite warning first', async ({
  app,
  services,
}) => {
  await app.clock.install();
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', DEE);
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 2 of 5')).toBeVisible();

  // Nine minutes on: the warning, announced through a status region, nothing taken from focus.
  await app.clock.fastForward('09:01');
  const warning = app.getByRole('region', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/Saving and closing in \d+ seconds\./);
  const announcement = app.locator('#idle-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText(
    'Are you still there? To keep your training private, it will be saved and closed in 60 seconds. Press any key or select “I’m still here” to carry on.',
  );
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolationsInBothLocales(app, 'idle warning');

  // The button's own click, as a screen reader activates it: a real mouse would first move over
  // it, and any movement already counts as being there (the warning can go before the click).
  await warning.getByRole('button', { name: 'I’m still here' }).dispatchEvent('click');
  await expect(warning).toHaveCount(0);
  await app.clock.fastForward('05:00');
  await expect(warning).toHaveCount(0);
  await expect(app.getByText('Page 2 of 5')).toBeVisible();

  // Ten minutes after the last input: back to the welcome screen, the session closed in main.
  await app.clock.fastForward('05:00');
  await expect(app.getByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'no activity' })).toHaveText(
    'There was no activity for 10 minutes, so your training was saved and closed to keep it private. To carry on, choose “Start or resume my training” and enter your email or staff ID and your PIN.',
  );
  await expect(app.getByText('Page 2 of 5')).toHaveCount(0);
  const progress = await services.learning.store.readByLearner(learnerKeyFor(DEE.id));
  await expect(services.learning.view(progress?.sessionId ?? '')).rejects.toMatchObject({
    code: 'learning-session-closed',
  });

  await resumeTraining(app, DEE.id);
  await expect(app.getByText('Page 2 of 5')).toBeVisible();
});

test('a start form left half filled in is cleared after 10 minutes', async ({ app, services }) => {
  await app.clock.install();
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await app.getByLabel('Your full name').fill(DEE.name);
  await app.clock.fastForward('10:01');
  await expect(app.getByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'cleared' })).toContainText(
    'nobody else sees your details',
  );
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await expect(app.getByLabel('Your full name')).toHaveValue('');
});
