import { expectNoAxeViolations } from './harness/axe';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { playLesson, resumeTraining, startTraining } from './learner-journey';

test('a learner who reloads mid-module resumes with their email and PIN at the same step, nothing lost', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Rhys Learner', id: 'rhys@example.org' });
  // Wait for each page before the next click: a click during the change is not a second Next.
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 2 of 5')).toBeVisible();
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 3 of 5')).toBeVisible();
  const first = app.getByRole('group', { name: 'Statement 1' });
  await first.getByRole('button', { name: 'DO', exact: true }).click();
  await expect(first.getByRole('button', { name: 'DO', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Switching language keeps the place and the answer; the screen follows the new language.
  await app.getByLabel('Language').selectOption('cy');
  await expect(app.getByText('Tudalen 3 o 5')).toBeVisible();
  await expect(
    app.getByRole('group', { name: 'CY Statement 1' }).getByRole('button', { name: 'GWNEWCH' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(app, 'sort activity (cy)');
  await app.getByLabel('Iaith').selectOption('en-GB');

  await app.reload();
  await resumeTraining(app, '  RHYS@example.org ');
  await expect(app.getByText('Page 3 of 5')).toBeVisible();
  await expect(first.getByRole('button', { name: 'DO', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Mid-quiz: the answered question stays answered after a reload.
  await playLesson(app, 'mouse');
  const firstTitle = await app.getByRole('heading', { level: 1 }).textContent();
  const work = { name: 'Give the work number' };
  await app.getByRole('radio', work).or(app.getByRole('checkbox', work)).check();
  await app.getByRole('button', { name: 'Check my answer' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Best answer' })).toBeVisible();
  await app.reload();
  await resumeTraining(app, 'rhys@example.org');
  await expect(app.getByText(/^Question \d of 3$/)).toBeVisible();
  const stillFirst = (await app.getByRole('heading', { level: 1 }).textContent()) === firstTitle;
  // Either the same scenario's next step, or (for a one-step scenario) the next question.
  await expect(
    app.getByText(stillFirst ? 'The situation continues.' : 'Question 2 of 3'),
  ).toBeVisible();
});

test('resuming with an email that has no training says so and starts nothing', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await app.getByLabel('Email or staff ID', { exact: true }).fill('nobody@example.org');
  await app.getByLabel('Your PIN', { exact: true }).fill('1234');
  await app.getByRole('button', { name: 'Resume my training' }).click();
  await expect(app.getByRole('alert')).toContainText('no unfinished training');
  await app.getByLabel('Language').selectOption('cy');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Eich hyfforddiant e-ddiogelwch');
  await expectNoAxeViolations(app, 'learner start (cy)');
});
