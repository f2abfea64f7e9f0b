import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { readAnswers } from '../../electron/services/analytics/answers-file';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { answerQuiz, playLesson, startTraining } from './learner-journey';

test('a failed module is retaken with a different alternate and a new order, then passed', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Dee Learner', id: 'dee@example.org' });
  await playLesson(app, 'mouse');
  await answerQuiz(app, 'mouse', () => 'wrong');
  await expect(
    app.getByText('You scored 0%. The pass mark is 80%. You have not passed yet.'),
  ).toBeVisible();
  await expect(app.getByText(/not the best choices/)).toHaveCount(3);
  await expectNoAxeViolationsInBothLocales(app, 'failed results');

  await app.getByRole('button', { name: 'Take the quiz again' }).click();
  await expect(app.getByText('Question 1 of 3')).toBeVisible();
  const progress = await services.learning.store.readByLearner(learnerKeyFor('dee@example.org'));
  const [first, second] = progress?.modules['topic-1']?.attempts ?? [];
  expect(second?.scenarioIds).not.toEqual(first?.scenarioIds);
  const alternate = (ids: string[] = []) => ids.find((id) => /scn-[34]$/.test(id));
  expect(alternate(second?.scenarioIds)).not.toEqual(alternate(first?.scenarioIds));

  await answerQuiz(app, 'mouse', () => 'best');
  await expect(app.getByText('You scored 100%. The pass mark is 80%. You passed.')).toBeVisible();
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByText('Module 2 of 10: Topic 2')).toBeVisible();

  const { events } = await readAnswers(services.env.dataDir);
  expect(events.some((e) => !e.best && e.firstTry)).toBe(true);
  expect(events.some((e) => e.best && !e.firstTry)).toBe(true);
});
