import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { arrangeLeadDevice, signIn } from './lead-support';
import { arrangeSetUpDevice, expect, test } from './learner-harness';
import { resumeTraining, startTraining } from './learner-journey';
import { acknowledgeAll, arrangeCompletedSession, resumeToSigning, SIAN } from './signing-helpers';

const RHYS = { name: 'Rhys Learner', id: 'rhys@example.org' };

test('a colleague who knows the email cannot resume without the PIN, and never sees the name', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  await startTraining(app, 'mouse', RHYS);
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('Page 2 of 5')).toBeVisible();
  await app.getByRole('button', { name: 'Save and leave' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'Stay safe online, keep young people safe' }),
  ).toBeVisible();

  // The colleague tries the email with guesses at the PIN.
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const resume = app.getByRole('form', { name: 'Carry on where you left off' });
  await resume.getByLabel('Email or staff ID').fill(RHYS.id);
  await resume.getByLabel('Your PIN', { exact: true }).fill('1111');
  await resume.getByRole('button', { name: 'Resume my training' }).click();
  await expect(resume.getByRole('alert')).toHaveText(
    'That PIN is not right. Tries left before a pause: 4. If you have forgotten it, ask the e-safety lead to reset it.',
  );
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Your e-safety training');
  await expect(app.locator('body')).not.toContainText(RHYS.name);
  await expectNoAxeViolationsInBothLocales(app, 'resume form with a wrong PIN');

  for (const [guess, answer] of [
    ['2222', 'Tries left before a pause: 3.'],
    ['3333', 'Tries left before a pause: 2.'],
    ['4444', 'Tries left before a pause: 1.'],
    ['5555', /Too many wrong PINs. Try again in \d+ seconds/],
  ] as const) {
    await resume.getByLabel('Your PIN', { exact: true }).fill(guess);
    await resume.getByRole('button', { name: 'Resume my training' }).click();
    await expect(resume.getByRole('alert')).toContainText(answer);
  }
  await expect(app.locator('body')).not.toContainText(RHYS.name);

  // Straight through the bridge, without the screen: no PIN, no session, no name.
  const progress = await services.learning.store.readByLearner(learnerKeyFor(RHYS.id));
  const sessionId = progress?.sessionId ?? '';
  const calls = await app.evaluate(
    async ({ id, sessionId }) => ({
      noPin: await window.esafety.learningResume({ identifier: id } as never),
      wrongPin: await window.esafety.learningResume({ identifier: id, pin: '9999' }),
      oldSession: await window.esafety.learningSession({ sessionId }),
      summary: await window.esafety.learningSummary({ sessionId }),
    }),
    { id: RHYS.id, sessionId },
  );
  expect(calls.noPin).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(calls.wrongPin).toMatchObject({ ok: false, error: { code: 'learning-pin-locked' } });
  expect(calls.oldSession).toMatchObject({ ok: false, error: { code: 'learning-session-closed' } });
  expect(calls.summary).toMatchObject({ ok: false, error: { code: 'learning-session-closed' } });
  expect(JSON.stringify(calls)).not.toContain(RHYS.name);
});

test('signing pre-fills the learner’s registered name as their signature, and a different name is refused', async ({
  app,
  services,
}) => {
  await arrangeCompletedSession(services);
  await app.reload();
  await resumeToSigning(app, SIAN.identifier);
  const signature = app.getByLabel('Your signature');
  await expect(signature).toHaveValue(SIAN.fullName);
  await expect(signature).toHaveAccessibleDescription(
    'Filled in with the name you gave when you started. It will be recorded as your signature; capital letters and accents do not matter.',
  );

  await acknowledgeAll(app);
  await signature.fill('Sam Jones');
  await app.locator('#signature-confirm').check();
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(app.getByRole('alert').first()).toContainText('not the name you registered with');
  expect((await services.ledger()).liveRecords()).toHaveLength(0);

  // Capitals and accents do not matter: the learner may type their name as they can.
  await signature.fill('sian llwyd');
  await app.locator('#signature-confirm').check();
  await app.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(
    app.getByRole('heading', { level: 1, name: 'You have signed the agreement' }),
  ).toBeVisible();
});

test('a forgotten PIN: the lead resets it with the learner beside them, who then chooses a new one', async ({
  app,
  services,
}) => {
  await arrangeLeadDevice(services);
  await services.learning.start(
    { fullName: 'Dai Newman', role: 'sessional', identifier: 'dai@example.org' },
    'induction',
    '1357',
  );
  await app.reload();

  await signIn(app);
  const inTraining = app.getByRole('region', { name: 'Training in progress' });
  await expect(inTraining).toContainText('Reset it only with the learner beside you');
  await inTraining.getByRole('button', { name: 'Reset PIN for Dai Newman' }).click();
  await expect(inTraining.getByRole('status')).toHaveText(
    'PIN reset for Dai Newman. When they next resume with dai@example.org, they choose a new PIN.',
  );
  await app.getByRole('button', { name: 'Lock the lead area' }).click();

  await resumeTraining(app, 'dai@example.org', '1357');
  const resume = app.getByRole('form', { name: 'Carry on where you left off' });
  await expect(resume.getByRole('alert')).toHaveText(
    'The e-safety lead has reset your PIN. Choose a new PIN to carry on.',
  );
  await expect(resume.getByLabel('Choose a new PIN')).toHaveValue('');
  await expectNoAxeViolationsInBothLocales(app, 'choosing a new PIN');
  await resume.getByLabel('Choose a new PIN').fill('24680');
  await resume.getByLabel('Type your PIN again').fill('24681');
  await resume.getByRole('button', { name: 'Save my new PIN and carry on' }).click();
  await expect(resume.getByText('The two PINs are not the same.')).toBeVisible();
  await expect(resume.getByLabel('Type your PIN again')).toBeFocused();
  await resume.getByLabel('Type your PIN again').fill('24680');
  await resume.getByRole('button', { name: 'Save my new PIN and carry on' }).click();
  await expect(app.getByText('Page 1 of 5')).toBeVisible();

  await app.getByRole('button', { name: 'Save and leave' }).click();
  await resumeTraining(app, 'dai@example.org', '1357');
  await expect(app.getByRole('alert')).toContainText('That PIN is not right.');
  await app.getByLabel('Your PIN', { exact: true }).fill('24680');
  await app.getByRole('button', { name: 'Resume my training' }).click();
  await expect(app.getByText('Page 1 of 5')).toBeVisible();
});

test('the start form checks the PIN before anything is saved, in both languages', async ({
  app,
  services,
}) => {
  await arrangeSetUpDevice(app, services);
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const form = app.getByRole('form', { name: 'Start new training' });
  await form.getByLabel('Your full name').fill(RHYS.name);
  await form.getByLabel('Your email or staff ID').fill(RHYS.id);
  await form.getByLabel('Choose a PIN').fill('12a');
  await form.getByRole('button', { name: 'Start my training' }).click();
  await expect(form.getByText('Choose a PIN of 4 to 8 digits (numbers only).')).toBeVisible();
  await expect(form.getByLabel('Choose a PIN')).toBeFocused();
  await expect(form.getByLabel('Choose a PIN')).toHaveAttribute('type', 'password');
  await expectNoAxeViolationsInBothLocales(app, 'start form with a PIN problem');
  expect(await services.learning.suggest(RHYS.id)).toMatchObject({ inProgress: false });
});
