import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { startLrs, type LrsServer } from '../support/lrs-server';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, servicesFor, test } from './harness/fixtures';
import { TestDialogs } from './harness/test-dialogs';
import { leadSections, openLeadSection, signedInLead } from './lead-support';

const BASE = 'https://riverside.example.org/xapi';
const HOME = 'https://riverside.example.org';

let lrs: LrsServer;
test.beforeAll(async () => {
  lrs = await startLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

test('the lead points the device at the LRS from the keyboard, sends, and sees another device’s completion', async ({
  app,
  services,
}) => {
  test.setTimeout(120_000);
  await signedInLead(app, services);
  await openLeadSection(app, 'LRS sync');
  await expect(app.getByText('No LRS is set up on this device.')).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead LRS sync');

  await app.getByLabel('LRS address').fill(lrs.endpoint);
  await app.getByLabel('Key (username)').fill('riverside-key');
  await app.getByLabel('Secret (password)').fill('riverside-secret');
  await app.getByLabel('Base address for activities').fill(BASE);
  await app.getByLabel('Organisation web address').fill(HOME);
  await app.getByLabel('Organisation web address').press('Enter');
  await expect(app.getByText(/Connection saved\./)).toBeVisible();
  // The secret never comes back to the screen.
  await expect(app.getByLabel('Secret (password)')).toHaveValue('');

  await app.getByRole('button', { name: 'Send now' }).click();
  await expect(app.getByText('0 statements waiting to be sent.')).toBeVisible();
  await expect(app.getByText('Connected: the last try reached the LRS.')).toBeVisible();
  const sent = JSON.parse(
    fs.readFileSync(path.join(services.env.dataDir, 'lrs-connection.json'), 'utf8'),
  ) as {
    secret: string;
  };
  expect(sent.secret).not.toContain('riverside-secret');

  // Another device of the same organisation sends its own completion to the same LRS.
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-e2e-other-'));
  try {
    const other = servicesFor(otherDir, new TestDialogs(otherDir));
    await (
      await other.ledger()
    ).appendCompletion(
      sampleRecord({ learner: { fullName: 'Eli Jones', role: 'staff', identifier: 'S-2002' } }),
    );
    // Setting up the LRS queues the records already on that device.
    await other.lrs.saveSettings({
      endpoint: lrs.endpoint,
      key: 'riverside-key',
      secret: 'riverside-secret',
      activityBase: BASE,
      homePage: HOME,
    });
    expect((await other.lrs.sendNow()).queueLength).toBe(0);
    await other.lrs.sync.stop();
  } finally {
    fs.rmSync(otherDir, { recursive: true, force: true });
  }

  await app.getByRole('button', { name: 'Read from the LRS' }).click();
  const table = app.getByRole('table', { name: 'Completions from the LRS (other devices)' });
  await expect(table.getByRole('row', { name: /Eli Jones S-2002 .* From the LRS/ })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(app.getByText('3 more completions in the LRS came from this device.')).toBeVisible();
  await expectNoAxeViolations(app, 'lead LRS sync with read-back');

  // The dashboard reads the same back, so a lead at head office sees every device's completions.
  const sections = leadSections(app);
  await sections.getByRole('button', { name: 'Dashboard' }).click();
  await expect(sections.getByRole('button', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await app.getByRole('button', { name: 'Read from the LRS' }).click();
  const onDashboard = app.getByRole('table', { name: 'Completions from the LRS (other devices)' });
  await expect(onDashboard.getByRole('row', { name: /Eli Jones S-2002 / })).toBeVisible();
  await expectNoAxeViolations(app, 'lead dashboard with LRS read-back');
  await services.lrs.sync.stop();
});
