import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { arrangeSetUpDevice } from './learner-harness';
import { press, startTraining } from './learner-journey';

/**
 * The learner specs use a small known course; this one runs the real shipped content, so a pack
 * that loads in tests but not in the app, or a placeholder left unfilled, is caught here.
 */
test('the real course opens with its first module, every DO and DO NOT shown, placeholders filled', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  const pack = await services.content.pack('en-GB');
  const first = pack.modules[0]!;

  await press(app, 'mouse', app.getByRole('button', { name: 'Start or resume my training' }));
  await startTraining(app, 'mouse', { name: 'Rhiannon Real', id: 'rhiannon@example.org' });
  await expect(app.getByText(`Module 1 of ${pack.modules.length}: ${first.title}`)).toBeVisible();
  await expectNoAxeViolations(app, 'real module intro (en-GB)');

  await press(app, 'mouse', app.getByRole('button', { name: 'Next' }));
  for (const item of [...first.dos, ...first.donts]) {
    await expect(app.getByText(item.text, { exact: true })).toBeVisible();
  }
  await expect(app.locator('main')).not.toContainText('{{');
  await expectNoAxeViolations(app, 'real DO and DO NOT lists (en-GB)');

  await app.getByLabel('Language').selectOption('cy');
  const welsh = (await services.content.pack('cy')).modules[0]!;
  await expect(app.getByText(welsh.dos[0]!.text, { exact: true })).toBeVisible();
  await expect(app.locator('main')).not.toContainText('{{');
  await expectNoAxeViolations(app, 'real DO and DO NOT lists (cy)');
});
