import type { Page } from '@playwright/test';
import cyLead from '../../common/locales/cy/lead.json' with { type: 'json' };
import { LEAD_TABS } from '../../renderer/screens/lead/lead-tabs';
import { arrangeLeadDevice, leadSections, signIn } from './lead-support';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { startTraining } from './learner-journey';

// WCAG 1.4.10 Reflow: at 320 CSS px wide (1280 px at 400 % zoom) nothing may need sideways
// scrolling. Each check names the screen and the elements that stick out past the right edge.
async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Content inside its own scrolling box (a wide table) may be wider; the page may not.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !clipped(el);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { extra: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow, `sideways scroll on ${screen} at 320 px`).toEqual({ extra: 0, wide: [] });
}

test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px wide the learner screens reflow with no sideways scrolling', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await expectNoSidewaysScroll(app, 'welcome');
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await expectNoSidewaysScroll(app, 'learner start');
  await startTraining(app, 'mouse', { name: 'Alex Learner', id: 'alex@example.org' });
  await expect(app.getByText(/^Page \d+ of \d+$/)).toBeVisible();
  await expectNoSidewaysScroll(app, 'first lesson page');
  for (let guard = 0; guard < 8; guard++) {
    const next = app.getByRole('button', { name: 'Next' });
    if ((await app.locator('.sort-card').count()) > 0) {
      await expectNoSidewaysScroll(app, 'sort activity');
      // Each statement can be read in full wherever the reader scrolls it to, even at the
      // bottom edge of a short window: nothing (such as the drop boxes) stays on top of it.
      await app.setViewportSize({ width: 320, height: 256 });
      const statements = app.locator('.sort-card__body > p');
      for (let i = 0; i < (await statements.count()); i++) {
        const covered = await statements.nth(i).evaluate((el) => {
          const bottom = el.getBoundingClientRect().bottom + window.scrollY;
          window.scrollTo(0, bottom - window.innerHeight);
          const box = el.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.bottom - 2);
          return top !== null && !el.contains(top);
        });
        expect(covered, `statement ${i + 1} is covered at the bottom of the window`).toBe(false);
      }
      return;
    }
    await next.click();
  }
  throw new Error('no sort activity reached');
});

test('at 320 px wide the lead area reflows with no sideways scrolling', async ({
  app,
  services,
}) => {
  await arrangeLeadDevice(services);
  // Someone part-way through, so the dashboard shows its in-training table with a PIN reset.
  await services.learning.start(
    { fullName: 'Dai Newman', role: 'sessional', identifier: 'dai@example.org' },
    'induction',
    '1357',
  );
  await app.reload();
  await signIn(app);
  const sections = leadSections(app);
  const names = ['Dashboard', 'Records', 'Exports', 'Import a backup', 'Verify a certificate'];
  const more = ['Policy', 'Evidence pack', 'LRS sync', 'Data protection', 'Settings'];
  for (const name of [...names, ...more]) {
    const tab = sections.getByRole('button', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
    // The policy editor is the widest lead screen: measured once its clauses are on screen.
    if (name === 'Policy')
      await expect(app.getByRole('group', { name: 'Add a clause' })).toBeVisible();
    await expectNoSidewaysScroll(app, `lead ${name}`);
  }
  // A person's page: their details, their history table with a certificate button per row.
  await sections.getByRole('button', { name: 'Records' }).click();
  await app.getByRole('button', { name: 'Open Ben Hall' }).click();
  await expect(app.getByRole('heading', { level: 2, name: 'Ben Hall' })).toBeVisible();
  await expectNoSidewaysScroll(app, 'lead person');

  // Welsh words run longer (Mewnforio copi wrth gefn, Gweithiwr asiantaeth): every section again.
  await app.getByLabel('Language').selectOption('cy');
  await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
  const welsh = app.getByRole('navigation', { name: cyLead.tabs.label });
  for (const tab of LEAD_TABS) {
    const button = welsh.getByRole('button', { name: cyLead.tabs[tab], exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(app.locator('.lead-panel h2').first()).toBeVisible();
    await expectNoSidewaysScroll(app, `lead ${tab} in Welsh`);
  }
});
