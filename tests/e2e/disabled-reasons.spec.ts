import { expectNoAxeViolations } from './harness/axe';
import { arrangeLeadDevice, leadSections, PASSPHRASE } from './lead-support';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { startTraining } from './learner-journey';

test('on a sort page, Next says beside it why the learner cannot go on yet, until all is sorted', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Alex Learner', id: 'alex@example.org' });
  const groups = app.locator('.sort-card [role="group"]');
  const page = app.getByText(/^Page \d+ of \d+$/);
  for (let guard = 0; guard < 10 && (await groups.count()) === 0; guard++) {
    const label = await page.textContent();
    await app.getByRole('button', { name: 'Next' }).click();
    await expect(page).not.toHaveText(label ?? '');
  }
  const next = app.getByRole('button', { name: 'Next' });
  const why = 'Sort every statement into DO or DO NOT before you move on.';
  await expect(next).toHaveAccessibleDescription(why);
  await expect(app.locator('.lesson__nav')).toContainText(why);
  await expectNoAxeViolations(app, 'sort page with the reason beside Next');

  for (const group of await groups.all()) await group.getByRole('button').first().click();
  await expect(next).toHaveAccessibleDescription('');
  await expect(app.locator('.lesson__nav')).not.toContainText(why);
});

test('in the lead area, unavailable buttons say why next to them and to a screen reader', async ({
  app,
  services,
}) => {
  await arrangeLeadDevice(services);
  await app.reload();
  await app.getByRole('button', { name: 'E-safety lead area' }).click();
  const unlock = app.getByRole('button', { name: 'Unlock' });
  await expect(unlock).toBeDisabled();
  await expect(unlock).toHaveAccessibleDescription('Type the passphrase first.');
  await app.getByLabel('Passphrase').fill(PASSPHRASE);
  await expect(unlock).toHaveAccessibleDescription('');
  await unlock.click();

  const tabs = leadSections(app);
  await tabs.getByRole('button', { name: 'Verify a certificate' }).click();
  const verify = app.getByRole('button', { name: 'Verify', exact: true });
  await expect(verify).toHaveAccessibleDescription('Type or paste a certificate code first.');
  await expect(app.getByText('Type or paste a certificate code first.')).toBeVisible();
  await expectNoAxeViolations(app, 'lead verify with a disabled reason');

  await tabs.getByRole('button', { name: 'Records' }).click();
  await expect(app.getByRole('button', { name: /Clear/ })).toHaveAccessibleDescription(
    'No filters are set, so there is nothing to clear.',
  );
});
