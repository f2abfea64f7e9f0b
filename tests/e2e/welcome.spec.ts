import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

test('a new device shows the welcome screen and asks the lead to set it up first', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { level: 1, name: /stay safe online/i })).toBeVisible();
  await expect(app.getByText(/has not been set up yet/i)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Set up this device' })).toBeVisible();
  await expectNoAxeViolations(app, 'welcome (en-GB)');
});

test('switching to Welsh translates the screen and is remembered after a restart', async ({
  app,
  services,
}) => {
  await app.getByLabel('Language').selectOption('cy');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(/Byddwch yn ddiogel ar-lein/);
  await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(app).toHaveTitle('Hyfforddiant Sefydlu E-ddiogelwch');
  await expectNoAxeViolations(app, 'welcome (cy)');
  expect(services.settings.get().locale).toBe('cy');

  await app.reload();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(/Byddwch yn ddiogel ar-lein/);
  await expect(app.getByLabel('Iaith')).toHaveValue('cy');
});

test('the screen heading takes focus, and the language can be changed from the keyboard alone', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByLabel('Language')).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(/Byddwch yn ddiogel ar-lein/);
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('link', { name: "Neidio i'r prif gynnwys" })).toBeFocused();
});
