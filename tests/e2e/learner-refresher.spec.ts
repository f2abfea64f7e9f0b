import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { answerQuiz, playLesson, startTraining } from './learner-journey';

test('a returning learner is offered the refresher, reviews the module they missed, and finishes', async ({
  app,
  services,
}) => {
  test.setTimeout(120_000);
  await (
    await services.ledger()
  ).appendCompletion(
    sampleRecord({
      learner: { fullName: 'Jo Returner', role: 'volunteer', identifier: 'jo@example.org' },
    }),
  );
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(
    app,
    'mouse',
    { name: 'Jo Returner', id: 'JO@example.org' },
    'Annual refresher',
  );

  await expect(app.getByText('Refresher check: situation 1 of 10')).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'refresher check');
  await answerQuiz(app, 'mouse', (q) => (q === 0 ? 'wrong' : 'best'));
  await expect(
    app.getByRole('heading', { level: 1, name: 'Your refresher check results' }),
  ).toBeVisible();
  await expect(
    app.getByText('Please review 1 module before you finish.', { exact: false }),
  ).toBeVisible();
  await expect(app.getByText(/: to review$/)).toHaveCount(1);
  await expectNoAxeViolationsInBothLocales(app, 'refresher check results');
  await app.getByRole('button', { name: 'Continue' }).click();

  await expect(app.getByText(/^Module 1 of 1: Topic \d+$/)).toBeVisible();
  await playLesson(app, 'mouse');
  await answerQuiz(app, 'mouse', () => 'best');
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have finished the training' }),
  ).toBeVisible();

  const progress = await services.learning.store.readByLearner(learnerKeyFor('jo@example.org'));
  const summary = await services.learning.completionSummary(progress?.sessionId ?? '');
  expect(summary.recordType).toBe('refresher');
  expect(summary.moduleScores).toHaveLength(10);
  expect(summary.moduleScores.filter((s) => s.attempts === 2)).toHaveLength(1);
});
