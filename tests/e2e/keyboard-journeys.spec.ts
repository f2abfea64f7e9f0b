import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import budgets from './keyboard-budget.json' with { type: 'json' };
import { countKeys, type KeyBudget, type KeyCount } from './harness/key-count';
import { arrangeLeadDevice, leadSections, PASSPHRASE } from './lead-support';
import { arrangeSetUpDevice, expect, tabTo, test } from './learner-harness';
import { answerQuiz, playLesson, press, startTraining } from './learner-journey';
import { FIXTURE_OPTIONS } from '../unit/fixtures/content/build-pack';

/** The fixture course's multi-answer step: each of its options is a checkbox, a Tab stop. */
const CHECKBOXES_PER_MULTI_ANSWER_STEP =
  FIXTURE_OPTIONS.safeBest.length + FIXTURE_OPTIONS.safeWrong.length;

/** After every change of screen the new main heading has focus, so the next Tab starts there. */
const headingFocused = (page: Page, name?: string | RegExp) =>
  expect(page.getByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeFocused();

/**
 * A journey's presses against its committed budget (tests/e2e/keyboard-budget.json): fewer is
 * fine, more fails. Lower the budget when a change makes a journey shorter, so it only goes down.
 */
function withinBudget(journey: keyof typeof budgets.journeys, count: KeyCount) {
  const budget: KeyBudget = budgets.journeys[journey];
  test.info().annotations.push({
    type: 'key presses',
    description: `${journey}: ${count.tab} Tab, ${count.other} other keys, ${count.typed} characters typed`,
  });
  console.log(`[keyboard] ${journey}: ${JSON.stringify(count)} (budget ${JSON.stringify(budget)})`);
  expect(count.tab, `${journey}: Tab presses`).toBeLessThanOrEqual(budget.tab);
  expect(count.other, `${journey}: other key presses`).toBeLessThanOrEqual(budget.other);
}

test('a whole induction, from welcome to a saved certificate, by keyboard alone and within its key budget', async ({
  app,
  services,
  exportsDir,
}) => {
  test.setTimeout(300_000);
  await arrangeSetUpDevice(app, services);
  const count = countKeys(app);
  await headingFocused(app);
  await press(app, 'keyboard', app.getByRole('button', { name: 'Start or resume my training' }));
  await headingFocused(app, 'Your e-safety training');

  await startTraining(app, 'keyboard', { name: 'Alex Learner', id: 'alex@example.org' });
  let multiAnswerSteps = 0;
  for (let m = 1; m <= 10; m++) {
    await headingFocused(app);
    await playLesson(app, 'keyboard');
    multiAnswerSteps += (await answerQuiz(app, 'keyboard', () => 'best')).multiAnswerSteps;
    await headingFocused(app, /^Results: /);
    await press(app, 'keyboard', app.getByRole('button', { name: 'Continue' }));
  }
  await headingFocused(app, 'You have finished the training');
  await press(app, 'keyboard', app.getByRole('button', { name: 'Continue to the agreement' }));
  await headingFocused(app);

  // One tick per group of clauses, the statement, then the pre-filled signature confirmed.
  const groups = app.locator('.clause-ack input[type="checkbox"]');
  for (const box of await groups.all()) await press(app, 'keyboard', box, 'Space');
  await press(app, 'keyboard', app.locator('#statement'), 'Space');
  await press(app, 'keyboard', app.locator('#signature-confirm'), 'Space');
  await press(app, 'keyboard', app.getByRole('button', { name: 'Sign the agreement' }));
  await headingFocused(app, 'You have signed the agreement');
  await press(app, 'keyboard', app.getByRole('button', { name: 'Save certificate (PDF)' }));
  await expect(app.getByRole('status').filter({ hasText: 'saved to' })).toBeVisible();
  const [record] = (await services.ledger()).liveRecords();
  expect(
    fs.existsSync(path.join(exportsDir, `esafety-certificate-${record?.certificateCode}.pdf`)),
  ).toBe(true);
  // Each module's last question is one of two alternates, drawn per session: a radio group (one
  // Tab stop) or a multi-answer step (a stop per checkbox). The budget is for the route itself, so the checkboxes'
  // three extra stops are taken off whichever were drawn, and every run meets the same budget.
  withinBudget('induction', {
    ...count,
    tab: count.tab - (CHECKBOXES_PER_MULTI_ANSWER_STEP - 1) * multiAnswerSteps,
  });
});

test('a lead signs in and exports the records as CSV by keyboard alone, within its key budget', async ({
  app,
  services,
  exportsDir,
}) => {
  await arrangeLeadDevice(services);
  await app.reload();
  const count = countKeys(app);
  await headingFocused(app);
  await press(app, 'keyboard', app.getByRole('button', { name: 'E-safety lead area' }));
  await headingFocused(app);
  await tabTo(app, app.getByLabel('Passphrase'));
  await app.keyboard.type(PASSPHRASE);
  await app.keyboard.press('Enter');
  await headingFocused(app, /E-safety lead area/);
  // The section bar is one Tab stop, on the open section; the arrows move along it.
  const tabs = leadSections(app);
  await tabTo(app, tabs.getByRole('button', { name: 'Dashboard' }));
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await press(app, 'keyboard', tabs.getByRole('button', { name: 'Exports' }));
  await press(app, 'keyboard', app.getByRole('button', { name: 'Export CSV' }));
  await expect(app.getByText(/Done: written to .*\(3 in all\)/)).toBeVisible();
  expect(fs.existsSync(path.join(exportsDir, 'esafety-records.csv'))).toBe(true);
  withinBudget('leadExport', count);
});
