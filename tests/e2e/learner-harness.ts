import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { LOCALES } from '../../common/content/content-schema';
import { confSettingsSource } from '../support/conf-settings-source';
import {
  buildPackFiles,
  FIXTURE_OPTIONS,
  writePackFiles,
} from '../unit/fixtures/content/build-pack';
import { expect, test as base } from './harness/fixtures';
import { testProtector } from '../support/test-device-key';

/**
 * The learner specs run on a small, known course (10 modules, 3 questions per attempt) written
 * into each test's own folder, so they know every right answer and do not depend on how far the
 * writers have got with the real modules. Everything else is the real app and handlers.
 */
export const test = base.extend<{ contentDir: string }>({
  contentDir: async ({ userDataDir }, use) => {
    const dir = path.join(userDataDir, 'content');
    for (const locale of LOCALES) {
      await writePackFiles(dir, locale, buildPackFiles(locale));
      mkdirSync(path.join(dir, locale), { recursive: true });
      copyFileSync(
        path.join(import.meta.dirname, '../../content', locale, 'placeholder-fallbacks.json'),
        path.join(dir, locale, 'placeholder-fallbacks.json'),
      );
    }
    await use(dir);
  },
  services: async ({ userDataDir, dialogs, contentDir }, use) =>
    use(
      createAppServices({
        appName: 'E-safety Induction',
        appVersion: '0.0.0-test',
        dataDir: path.join(userDataDir, 'data'),
        contentDir,
        settingsSource: confSettingsSource(userDataDir),
        secretStore: testProtector(),
        dialogs,
        now: () => new Date(),
      }),
    ),
});
export { expect };

export const LEAD_NAME = 'Morgan Example';

/** What the first-run form would save, put straight into settings for tests about learners. */
export async function arrangeSetUpDevice(app: Page, services: AppServices): Promise<void> {
  services.settings.update({
    organisation: {
      orgName: 'Riverside Youth Club',
      esafetyLeadName: LEAD_NAME,
      esafetyLeadContact: 'extension 201',
      safeguardingLeadName: 'Sam Example',
      safeguardingLeadContact: 'extension 202',
    },
    setupComplete: true,
  });
  await app.reload();
}

/** Presses Tab until `target` has focus, proving it can be reached from the keyboard. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const shown = (text: string) => text.replace('{{esafetyLeadName}}', LEAD_NAME);
const o = FIXTURE_OPTIONS;
/** Best and not-best option texts in the fixture course, as shown (placeholders filled). */
export const BEST = [o.numberBest, o.tellBest, ...o.safeBest].map(shown);
export const WRONG = [...o.numberWrong, ...o.tellWrong, ...o.safeWrong].map(shown);
