import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

test('learners cannot start before setup, and an incomplete setup form is refused with errors', async ({
  app,
  services,
}) => {
  await expect(app.getByRole('button', { name: 'Start or resume my training' })).toHaveCount(0);
  await expect(
    services.learning.start(
      { fullName: 'A', role: 'staff', identifier: 'a@example.org' },
      'induction',
      '1357',
    ),
  ).rejects.toMatchObject({ code: 'learning-not-set-up' });

  await app.getByRole('button', { name: 'Set up this device' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Set up this device' })).toBeFocused();
  await expect(app.getByLabel('Refresher interval (months)')).toHaveValue('12');
  await expect(app.getByLabel('Pass mark (%)')).toHaveValue('80');
  await expectNoAxeViolations(app, 'setup (en-GB)');

  await app.getByLabel('Organisation name').fill('Riverside Youth Club');
  await app.getByLabel('Passphrase', { exact: true }).fill('too short');
  await app.getByRole('button', { name: 'Finish setting up' }).click();
  await expect(app.getByRole('alert')).toHaveText(
    'There are 6 problems with the form. Please correct them.',
  );
  await expect(app.getByLabel("E-safety lead's name")).toBeFocused();
  await expect(app.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /At least 12 characters\..*The passphrase must be at least 12 characters long\./,
  );
  await expect(app.getByText('The two passphrases are not the same.')).toBeVisible();
  await expectNoAxeViolations(app, 'setup with errors');
  expect(services.settings.get().setupComplete).toBe(false);
  expect((await services.leadAuth.status()).isSetUp).toBe(false);

  await app.getByLabel('Language').selectOption('cy');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Gosod y ddyfais hon');
  await expectNoAxeViolations(app, 'setup (cy)');
  await app.getByLabel('Iaith').selectOption('en-GB');
});

test('a complete setup saves the details, shows the recovery code once, and lets learners start', async ({
  app,
  services,
}) => {
  await app.getByRole('button', { name: 'Set up this device' }).click();
  await app.getByLabel('Organisation name').fill('Riverside Youth Club');
  await app.getByLabel("E-safety lead's name").fill('Morgan Example');
  await app.getByLabel("E-safety lead's phone or email").fill('extension 201');
  await app.getByLabel("Safeguarding lead's name").fill('Sam Example');
  await app.getByLabel("Safeguarding lead's phone or email").fill('extension 202');
  await app.getByLabel('Refresher interval (months)').fill('24');
  await app.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await app.getByLabel('Passphrase again').fill('correct horse battery staple');
  await app.getByRole('button', { name: 'Finish setting up' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeFocused();
  await expect(app.locator('.recovery-code code')).toHaveText(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
  await expectNoAxeViolations(app, 'recovery code');
  await app.getByRole('button', { name: 'Finish' }).click();
  await expect(app.getByRole('alert')).toContainText('tick the box');
  await app.getByLabel('I have written it down').check();
  await app.getByRole('button', { name: 'Finish' }).click();

  await expect(app.getByRole('button', { name: 'Start or resume my training' })).toBeVisible();
  expect(services.settings.get()).toMatchObject({
    setupComplete: true,
    refresherMonths: 24,
    passMarkPercent: 80,
    organisation: { orgName: 'Riverside Youth Club', esafetyLeadName: 'Morgan Example' },
  });
  expect((await services.leadAuth.status()).isSetUp).toBe(true);
  const settingsText = JSON.stringify(services.settings.get());
  expect(settingsText).not.toContain('correct horse');
});

test('a name the certificate could not print, or one hiding a direction override, is refused at setup', async ({
  app,
  services,
}) => {
  await app.getByRole('button', { name: 'Set up this device' }).click();
  await app.getByLabel('Organisation name').fill('Riverside Youth Club');
  await app.getByLabel("E-safety lead's name").fill('王小明');
  await app.getByLabel("E-safety lead's phone or email").fill('extension 201');
  await app.getByLabel("Safeguarding lead's name").fill('\u202Edyŵll nâiS');
  await app.getByLabel("Safeguarding lead's phone or email").fill('extension 202');
  await app.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await app.getByLabel('Passphrase again').fill('correct horse battery staple');
  await app.getByRole('button', { name: 'Finish setting up' }).click();

  await expect(app.getByLabel("E-safety lead's name")).toBeFocused();
  await expect(app.getByLabel("E-safety lead's name")).toHaveAccessibleDescription(
    'The certificate cannot print these characters: 王 小 明. Please use letters it can print, such as the Latin, Greek or Cyrillic alphabet.',
  );
  await expect(app.getByLabel("Safeguarding lead's name")).toHaveAccessibleDescription(
    /changes the direction of the text/,
  );
  await expectNoAxeViolations(app, 'setup with text policy errors');
  expect(services.settings.get().setupComplete).toBe(false);
  expect((await services.leadAuth.status()).isSetUp).toBe(false);
});
