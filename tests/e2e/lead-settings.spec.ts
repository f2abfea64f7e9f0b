import { writeFileSync } from 'node:fs';
import {
  leadAuthLastGoodPath,
  leadAuthPath,
} from '../../electron/services/lead-auth/lead-auth-file';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { arrangeLeadDevice, openLeadSection, signedInLead } from './lead-support';

test('a settings value out of range is refused beside its field, in English and Welsh, and a good one saves', async ({
  app,
  services,
}) => {
  await signedInLead(app, services);
  await openLeadSection(app, 'Settings');

  const months = app.getByLabel('Refresher interval (months)');
  const passMark = app.getByLabel('Pass mark (%)');
  await months.fill('0');
  await passMark.fill('30');
  await app.getByRole('button', { name: 'Save settings' }).click();

  await expect(months).toBeFocused();
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await expect(months).toHaveAccessibleDescription('Enter a whole number from 1 to 60.');
  await expect(passMark).toHaveAccessibleDescription('Enter a whole number from 50 to 100.');
  await expect(app.getByText(/wrong shape/)).toHaveCount(0);
  await expectNoAxeViolationsInBothLocales(app, 'lead settings with field errors');

  await app.locator('.language-switch select').selectOption('cy');
  await expect(app.getByLabel('Cyfnod gloywi (misoedd)')).toHaveAccessibleDescription(
    'Rhowch rif cyfan o 1 i 60.',
  );
  await app.locator('.language-switch select').selectOption('en-GB');
  expect(services.settings.get()).toMatchObject({ refresherMonths: 12, passMarkPercent: 80 });

  await months.fill('24');
  await passMark.fill('75');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  await expect(months).not.toHaveAttribute('aria-invalid');
  expect(services.settings.get()).toMatchObject({ refresherMonths: 24, passMarkPercent: 75 });
});

test('with both passphrase files damaged, the lead is sent to the recovery code, which opens the area again', async ({
  app,
  services,
}) => {
  const { recoveryCode } = await arrangeLeadDevice(services);
  writeFileSync(leadAuthPath(services.env.dataDir), '{"version":1,');
  writeFileSync(leadAuthLastGoodPath(services.env.dataDir), 'null');
  await app.reload();

  await app.getByRole('button', { name: 'E-safety lead area' }).click();
  await expect(app.getByText(/passphrase file on this device is damaged/)).toBeVisible();
  await expect(app.getByLabel('Passphrase')).toHaveCount(0);
  await expectNoAxeViolationsInBothLocales(app, 'lead login with damaged passphrase files');

  await app.getByRole('button', { name: 'Forgot the passphrase?' }).click();
  await app.getByLabel('Recovery code').fill(recoveryCode);
  await app.getByLabel('New passphrase', { exact: true }).fill('short one');
  await app.getByLabel('Type the new passphrase again').fill('short one');
  await app.getByRole('button', { name: 'Reset the passphrase' }).click();
  await expect(app.getByLabel('New passphrase', { exact: true })).toHaveAccessibleDescription(
    /The passphrase must be at least 12 characters long/,
  );
  await expectNoAxeViolationsInBothLocales(app, 'lead recovery with field errors');

  await app.getByLabel('New passphrase', { exact: true }).fill('a passphrase after the damage');
  await app.getByLabel('Type the new passphrase again').fill('a passphrase after the damage');
  await app.getByRole('button', { name: 'Reset the passphrase' }).click();
  // Three scrypt runs at the real cost (check the code, hash the passphrase and the new code).
  await expect(app.getByTestId('new-recovery-code')).toHaveText(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/, {
    timeout: 30_000,
  });
  await app.getByRole('button', { name: 'Continue to the lead area' }).click();
  await expect(app.getByTestId('tile-current')).toBeVisible();
  await services.leadAuth.unlock('a passphrase after the damage');
});
