import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the list of violations (rule, impact, nodes) so the report says what to fix. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  // Screens and their text load on demand: check the screen once it is there, not its fallback.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // axe ships `target-size` (WCAG 2.5.8, 24×24 px targets) switched off; we hold every screen to it.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA_TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/**
 * Checks the screen as it is, then switches the app to the other shipped language with its own
 * switch (progress is kept), checks again, and switches back: every screen clean in both locales.
 */
export async function expectNoAxeViolationsInBothLocales(page: Page, context: string) {
  const switcher = page.locator('.language-switch select');
  const original = await switcher.inputValue();
  const other = original === 'cy' ? 'en-GB' : 'cy';
  await expectNoAxeViolations(page, `${context} (${original})`);
  for (const locale of [other, original]) {
    await switcher.selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(switcher).toHaveValue(locale);
    if (locale === other) await expectNoAxeViolations(page, `${context} (${locale})`);
  }
}
