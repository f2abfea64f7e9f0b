import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { resumeTraining, startTraining } from './learner-journey';

test('a mouse user can sort a statement by dragging it onto the DO NOT box', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Dee Dragger', id: 'dee@example.org' });
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 2 of 5')).toBeVisible();
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 3 of 5')).toBeVisible();

  // The drop boxes stay at the bottom of the window, so even the first card is a short drag away.
  const card = app.locator('li.sort-card').first();
  const statement = card.getByRole('group');
  const target = app.getByText('Drop here: DO NOT');
  await expect(card).toBeInViewport();
  await expect(target).toBeInViewport();
  // Picked up by its grip, as a person would, and moved across in steps like a real hand.
  const from = (await card.locator('.sort-card__grip').boundingBox())!;
  const to = (await target.boundingBox())!;
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await app.mouse.down();
  await app.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await app.mouse.up();
  await expect(statement.getByRole('button', { name: 'DO NOT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The drag is saved like a click: it survives a reload and resume.
  await app.reload();
  await resumeTraining(app, 'dee@example.org');
  await expect(statement.getByRole('button', { name: 'DO NOT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
