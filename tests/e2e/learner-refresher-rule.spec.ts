import { sampleRecord } from '../unit/fixtures/sample-record';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { startTraining } from './learner-journey';
import { arrangeLeadDevice, signIn } from './lead-support';

test('a new person is offered only the induction, and main refuses a forged refresher start', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const form = app.getByRole('form', { name: 'Start new training' });
  await form.getByLabel('Your full name').fill('Nia Newstart');
  await form.getByLabel('Your email or staff ID').fill('nia@example.org');
  await form.getByLabel('Choose a PIN').click();
  await expect(form.getByRole('radio')).toHaveCount(0);
  await expect(form.getByText('Annual refresher')).toHaveCount(0);

  // The same call the screen would make, sent straight through the bridge: main says no.
  const forged = await app.evaluate(() =>
    window.esafety.learningStart({
      learner: { fullName: 'Nia Newstart', role: 'volunteer', identifier: 'nia@example.org' },
      recordType: 'refresher',
      pin: '1234',
    }),
  );
  expect(forged).toMatchObject({
    ok: false,
    error: {
      code: 'learning-refresher-not-allowed',
      i18nKey: 'errors.learning.refresherNeedsEarlierCompletion',
    },
  });
  // Nor may a new person sign an agreement alone, with no training on record.
  const forgedResign = await app.evaluate(() =>
    window.esafety.learningStart({
      learner: { fullName: 'Nia Newstart', role: 'volunteer', identifier: 'nia@example.org' },
      recordType: 'resign',
      pin: '1234',
    }),
  );
  expect(forgedResign).toMatchObject({
    ok: false,
    error: { code: 'learning-resign-not-needed', i18nKey: 'errors.learning.resignNotNeeded' },
  });
  expect(await services.learning.suggest('nia@example.org')).toEqual({
    suggested: 'induction',
    choices: ['induction'],
    inProgress: false,
  });

  // The real start, in one step, takes the induction.
  await app.reload();
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', { name: 'Nia Newstart', id: 'nia@example.org' });
  await expect(app.getByText(/^Module 1 of 10: Topic 1$/)).toBeVisible();
  // How long this module takes and how long is left, from the start.
  await expect(
    app.getByText(
      /^This module takes about \d+ minutes?\. About \d+ minutes left in all, signing included\.$/,
    ),
  ).toBeVisible();
});

test('someone who completed before may choose the refresher or the full induction', async ({
  app,
  services,
}) => {
  await (
    await services.ledger()
  ).appendCompletion(
    sampleRecord({
      learner: { fullName: 'Jo Returner', role: 'volunteer', identifier: 'jo@example.org' },
    }),
  );
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const form = app.getByRole('form', { name: 'Start new training' });
  await form.getByLabel('Your full name').fill('Jo Returner');
  await form.getByLabel('Your email or staff ID').fill('jo@example.org');
  await form.getByLabel('Choose a PIN').click();
  await expect(form.getByRole('radio', { name: /Annual refresher/ })).toBeChecked();
  await expect(form.getByRole('radio', { name: /Induction/ })).not.toBeChecked();
  await expectNoAxeViolationsInBothLocales(app, 'start form with the refresher offered');
  await form.getByRole('radio', { name: /Induction/ }).check();
  await form.getByLabel('Choose a PIN').fill('8642');
  await form.getByLabel('Type your PIN again').fill('8642');
  await form.getByRole('button', { name: 'Start my training' }).click();
  await expect(app.getByText(/^Module 1 of 10: Topic 1$/)).toBeVisible();
});

test('the lead dashboard flags a refresher record with no earlier completion', async ({
  app,
  services,
}) => {
  await arrangeLeadDevice(services);
  // Made before the rule was enforced, or imported without the person's earlier record.
  await (
    await services.ledger()
  ).appendCompletion(
    sampleRecord({
      learner: { fullName: 'Sam Skipper', role: 'sessional', identifier: 'sam@example.org' },
      recordType: 'refresher',
      signedAt: '2026-01-10T09:00:00.000Z',
    }),
  );
  await app.reload();
  await signIn(app);
  const flag = app.getByRole('alert').filter({ hasText: 'no earlier completion' });
  await expect(flag).toContainText('Sam Skipper (sam@example.org), signed 10 Jan 2026');
  await expect(flag.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolationsInBothLocales(app, 'lead dashboard with a flagged refresher');
});
