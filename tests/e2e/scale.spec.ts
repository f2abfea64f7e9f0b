import { cpSync } from 'node:fs';
import path from 'node:path';
import { createAppServices } from '../../electron/services/app-services';
import { dataset } from '../../scripts/bench/bench-data';
import { NO_OS_STORE } from '../../scripts/seed/seed-data-dir';
import { confSettingsSource } from '../support/conf-settings-source';
import { arrangeSetUpDevice, expect, test as base } from './learner-harness';
import { answerQuiz, playLesson, press, startTraining } from './learner-journey';

/**
 * Years of records on the device (100,000 by default; E2E_SCALE_RECORDS for another size),
 * seeded once by `npm run seed-data`'s generator and reused while the generator is unchanged.
 * The services open the ledger as the app does: in a worker, verifying it in the background.
 */
const RECORDS = Number(process.env.E2E_SCALE_RECORDS ?? 100_000);

const test = base.extend({
  // Seeding 100,000 records on a clean clone takes a minute or two (then it is cached): the
  // fixture gets its own generous timeout rather than the test's default.
  services: [
    async ({ userDataDir, dialogs, contentDir }, use) => {
      const seeded = await dataset(RECORDS, new Map());
      cpSync(seeded.dir, userDataDir, { recursive: true });
      await use(
        createAppServices({
          appName: 'E-safety Induction',
          appVersion: '0.0.0-test',
          dataDir: path.join(userDataDir, 'data'),
          contentDir,
          settingsSource: confSettingsSource(userDataDir),
          secretStore: NO_OS_STORE,
          ledgerInWorker: true,
          dialogs,
          now: () => new Date(),
        }),
      );
    },
    { scope: 'test', timeout: 900_000 },
  ],
});

test(`with ${RECORDS.toLocaleString('en-GB')} records on the device, a learner starts and answers while the ledger is checked in the background`, async ({
  app,
  services,
}) => {
  test.setTimeout(900_000);
  // The course's answers name the lead: the organisation details the learner specs use.
  await arrangeSetUpDevice(app, services);
  // The app opens the ledger as it starts (electron/main/main.ts), before anyone can type a name:
  // only the lines after its checkpoint are checked then; every line is checked in the background.
  const ledger = await services.ledger();
  await press(app, 'mouse', app.getByRole('button', { name: 'Start or resume my training' }));
  await startTraining(app, 'mouse', { name: 'Ffion Prys', id: 'ffion.scale@example.org' });
  await playLesson(app, 'mouse');
  let verifiedBeforeTheAnswer = false;
  void ledger.fullyVerified.then(() => (verifiedBeforeTheAnswer = true));
  await answerQuiz(app, 'mouse', () => 'best');
  await expect(app.getByText(/You scored 100%/)).toBeVisible();
  test.info().annotations.push({
    type: 'ledger',
    description: verifiedBeforeTheAnswer
      ? 'the background verification had finished before the quiz did'
      : 'the quiz was answered while the background verification was still running',
  });
  await ledger.fullyVerified;
  expect(ledger.verification().problems).toEqual([]);
  expect(ledger.liveRecords().length).toBeGreaterThan(RECORDS * 0.99);
});
