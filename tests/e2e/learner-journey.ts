import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { BEST, expect, tabTo, WRONG } from './learner-harness';

/** How a test drives the app: keyboard only (Tab to each control, then Enter or Space), or mouse. */
export type Mode = 'keyboard' | 'mouse';

export async function press(page: Page, mode: Mode, target: Locator, key = 'Enter') {
  if (mode === 'mouse') return target.click();
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * Chooses one option of a radio group. By keyboard, as a radio group works: Tab enters the group
 * at its first option, Space chooses it, the arrow keys move to (and choose) the others.
 */
async function chooseRadio(page: Page, mode: Mode, target: Locator) {
  if (mode === 'mouse') return target.click();
  await tabTo(page, page.getByRole('radio').first());
  if (await target.evaluate((el) => el === document.activeElement))
    await page.keyboard.press('Space');
  for (let i = 0; i < 6 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

const pageLabel = (page: Page) => page.getByText(/^Page \d+ of \d+$/);

/** Goes through one module's lesson, doing each activity, up to and into its quiz. */
export async function playLesson(page: Page, mode: Mode, axe = false) {
  for (let guard = 0; guard < 12; guard++) {
    await expect(pageLabel(page)).toBeVisible();
    const label = (await pageLabel(page).textContent()) ?? '';
    const groups = page.locator('.sort-card [role="group"]');
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      const text = (await group.locator('p').first().textContent()) ?? '';
      const n = Number(/(\d+)$/.exec(text)?.[1] ?? '0');
      const button = group.getByRole('button', { name: n % 2 ? 'DO' : 'DO NOT', exact: true });
      await press(page, mode, button, 'Space');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    if ((await groups.count()) > 0) {
      await press(page, mode, page.getByRole('button', { name: 'Check my sorting' }));
      await expect(
        page.getByRole('status').filter({ hasText: /You sorted \d+ of \d+/ }),
      ).toBeVisible();
    }
    const cards = page.locator('button[aria-expanded]');
    if ((await cards.count()) > 0) {
      await press(page, mode, cards.first());
      await expect(cards.first()).toHaveAttribute('aria-expanded', 'true');
    }
    if (axe) await expectNoAxeViolations(page, `lesson ${label}`);
    const start = page.getByRole('button', { name: 'Start the quiz' });
    if ((await start.count()) > 0) {
      await press(page, mode, start);
      await expect(page.getByRole('button', { name: 'Check my answer' })).toBeVisible();
      return;
    }
    await press(page, mode, page.getByRole('button', { name: 'Next' }));
    await expect(pageLabel(page)).not.toHaveText(label);
  }
  throw new Error('the lesson never reached its quiz');
}

const resultsHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^Results: |refresher check results/ });

/**
 * Answers every question until the results screen, choosing best or not-best options; `pick`
 * gets the question's position (0-based) so a test can miss exactly the ones it means to. Says
 * how many steps were multi-answer (checkboxes): which of a module's alternates an attempt meets
 * is drawn per session, and a keyboard budget must know.
 */
export async function answerQuiz(
  page: Page,
  mode: Mode,
  pick: (question: number) => 'best' | 'wrong',
  axe = false,
): Promise<{ multiAnswerSteps: number }> {
  const check = page.getByRole('button', { name: 'Check my answer' });
  let multiAnswerSteps = 0;
  for (let question = 0; question < 40; question++) {
    await expect(check.or(resultsHeading(page))).toBeVisible();
    if ((await check.count()) === 0) return { multiAnswerSteps };
    const texts = pick(question) === 'best' ? BEST : WRONG;
    const name = new RegExp(`^(${texts.join('|')})$`);
    if ((await page.getByRole('checkbox').count()) > 0) {
      multiAnswerSteps += 1;
      // A multi-answer step (checkboxes) takes every best option, or one wrong one.
      const boxes = page.getByRole('checkbox', { name });
      for (const box of pick(question) === 'best' ? await boxes.all() : [boxes.first()]) {
        await press(page, mode, box, 'Space');
        await expect(box).toBeChecked();
      }
    } else await chooseRadio(page, mode, page.getByRole('radio', { name }).first());
    await press(page, mode, check);
    await expect(
      page.getByRole('status').filter({ hasText: /Best answer|Not the best answer/ }),
    ).toBeVisible();
    if (axe && question === 0) await expectNoAxeViolations(page, 'quiz feedback');
    const next = page.getByRole('button', { name: 'Continue' });
    if (mode === 'keyboard') {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    } else await next.click();
    await expect(page.getByText(/^(Best answer|Not the best answer)$/)).toHaveCount(0);
  }
  throw new Error('answerQuiz: still asking after 40 questions');
}

/** The PIN the learners in these specs choose when they start. */
export const LEARNER_PIN = '2468';

/**
 * From the learner start screen, in one step: a learner's details and their own PIN, then "Start
 * my training". Only someone with an earlier completion is offered the refresher (or, after the
 * agreement changed, signing only the changes), the suggested kind already chosen.
 */
export async function startTraining(
  page: Page,
  mode: Mode,
  learner: { name: string; id: string; pin?: string },
  expectSuggested:
    'Induction' | 'Annual refresher' | 'Sign the updated agreement only' = 'Induction',
) {
  const form = page.getByRole('form', { name: 'Start new training' });
  const fill = async (label: string, text: string) => {
    await press(page, mode, form.getByLabel(label, { exact: true }), 'End');
    await page.keyboard.type(text);
  };
  await fill('Your full name', learner.name);
  await fill('Your email or staff ID', learner.id);
  await fill('Choose a PIN', learner.pin ?? LEARNER_PIN);
  await fill('Type your PIN again', learner.pin ?? LEARNER_PIN);
  if (expectSuggested !== 'Induction') {
    await expect(form.getByRole('radio', { name: new RegExp(expectSuggested) })).toBeChecked();
  } else {
    await expect(form.getByRole('radio')).toHaveCount(0);
  }
  await press(page, mode, form.getByRole('button', { name: 'Start my training' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Your e-safety training' })).toHaveCount(
    0,
  );
}

/** From the welcome screen, back into unfinished training with the email and the PIN. */
export async function resumeTraining(page: Page, identifier: string, pin = LEARNER_PIN) {
  await page.getByRole('button', { name: 'Start or resume my training' }).click();
  const form = page.getByRole('form', { name: 'Carry on where you left off' });
  await form.getByLabel('Email or staff ID', { exact: true }).fill(identifier);
  await form.getByLabel('Your PIN', { exact: true }).fill(pin);
  await form.getByRole('button', { name: 'Resume my training' }).click();
}
