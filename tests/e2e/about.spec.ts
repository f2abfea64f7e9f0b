import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, expect, LEAD_NAME, test } from './learner-harness';

test('the accessibility statement is one link away on every screen and names who to tell', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const footer = app.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'About and accessibility' }).click();

  await expect(
    app.getByRole('heading', { level: 2, name: 'Accessibility statement' }),
  ).toBeVisible();
  await expect(
    app.getByRole('heading', { name: 'What is not fully accessible yet' }),
  ).toBeVisible();
  await expect(app.getByText(/WCAG\) version 2\.2 at level AA/)).toBeVisible();
  // The person to tell comes from this organisation's settings, not from the app.
  await expect(
    app.getByText(`tell ${LEAD_NAME}, the e-safety lead (extension 201)`, { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'about and accessibility statement');

  await app.locator('.language-switch select').selectOption('cy');
  await expect(app.getByRole('heading', { level: 2, name: 'Datganiad hygyrchedd' })).toBeVisible();
});

test('a screen whose code cannot be loaded says so and leads back to the start, not a blank window', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  // As if the installed app had lost the file that holds the About screen.
  await app.route(/\/assets\/AboutScreen-[^/]+\.js$/, (route) => route.abort());
  await app
    .getByRole('contentinfo')
    .getByRole('button', { name: 'About and accessibility' })
    .click();

  await expect(
    app.getByRole('heading', { level: 1, name: 'This screen could not be shown' }),
  ).toBeFocused();
  await expectNoAxeViolationsInBothLocales(app, 'a screen that could not be shown');
  await app.getByRole('button', { name: 'Back to the start' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Stay safe online, keep young people safe' }),
  ).toBeVisible();
});
