import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { readAnswers } from '../../electron/services/analytics/answers-file';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, expect, tabTo, test } from './learner-harness';
import { answerQuiz, playLesson, press, startTraining } from './learner-journey';

test('a new learner completes the whole induction with the keyboard alone and reaches signing', async ({
  app,
  services,
}) => {
  test.setTimeout(300_000);
  await arrangeSetUpDevice(app, services);
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
  await press(app, 'keyboard', app.getByRole('button', { name: 'Start or resume my training' }));
  await expect(
    app.getByRole('heading', { level: 1, name: 'Your e-safety training' }),
  ).toBeFocused();
  await expectNoAxeViolations(app, 'learner start (en-GB)');

  await startTraining(app, 'keyboard', { name: 'Alex Learner', id: 'alex@example.org' });
  const modules = 10;
  for (let m = 1; m <= modules; m++) {
    await expect(
      app.getByText(new RegExp(`^Module ${m} of ${modules}: Topic ${m}$`)),
    ).toBeVisible();
    await playLesson(app, 'keyboard', m === 1);
    if (m === 1) await expectNoAxeViolationsInBothLocales(app, 'quiz question');
    await answerQuiz(app, 'keyboard', () => 'best', m === 1);
    await expect(app.getByText('You scored 100%. The pass mark is 80%. You passed.')).toBeVisible();
    if (m === 1) await expectNoAxeViolationsInBothLocales(app, 'module results');
    await press(app, 'keyboard', app.getByRole('button', { name: 'Continue' }));
  }

  await expect(
    app.getByRole('heading', { level: 1, name: 'You have finished the training' }),
  ).toBeFocused();
  await expect(app.getByText('Your overall score is 100%.')).toBeVisible();
  await expect(app.getByRole('row')).toHaveCount(modules + 1);
  await expectNoAxeViolationsInBothLocales(app, 'overall results');

  const progress = await services.learning.store.readByLearner(learnerKeyFor('alex@example.org'));
  const summary = await services.learning.completionSummary(progress?.sessionId ?? '');
  expect(summary).toMatchObject({ recordType: 'induction', overallPercent: 100, locale: 'en-GB' });
  expect(summary.learner).toEqual({
    fullName: 'Alex Learner',
    role: 'staff',
    identifier: 'alex@example.org',
  });
  expect(summary.moduleScores).toHaveLength(modules);
  const { events } = await readAnswers(services.env.dataDir);
  expect(events.length).toBeGreaterThanOrEqual(modules * 3);
  expect(events.every((e) => e.best && e.firstTry && e.attemptId === summary.sessionId)).toBe(true);

  const toSign = app.getByRole('button', { name: 'Continue to the agreement' });
  await tabTo(app, toSign);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have finished the training' }),
  ).toHaveCount(0);
});
