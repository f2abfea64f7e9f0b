import { defineConfig } from '@playwright/test';
import { findElectronBinary, type AppModeOptions } from './tests/e2e/harness/electron-binary';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The Electron project runs the same specs in the real app where the binary exists (a machine
// with internet after `npm install`). Where it does not, say so plainly instead of failing,
// except where the run exists to test the real app (the release workflow sets
// ESAFETY_REQUIRE_ELECTRON), so a failed download cannot pass as a green release.
const electron = findElectronBinary();
if ('missing' in electron) {
  if (process.env.ESAFETY_REQUIRE_ELECTRON) {
    throw new Error(
      `ESAFETY_REQUIRE_ELECTRON is set but there is no Electron binary: ${electron.missing}`,
    );
  }
  console.log(
    `[e2e] Electron project skipped: no Electron binary (${electron.missing}). ` +
      'The same specs run in Chromium against the real main-process handlers.',
  );
}

export default defineConfig<AppModeOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/harness/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // Setup, sign-in and recovery run real scrypt in main; on a busy 2-core machine a step can
  // take longer than Playwright's 5 s default without anything being wrong.
  expect: { timeout: 15_000 },
  // The JSON report is written on every run, so .ci/run's closing line works without CI=true too.
  reporter: [['list'], ['json', { outputFile: '.tmp/test-reports/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    ...('path' in electron
      ? [{ name: 'electron', use: { appMode: 'electron' as const }, grepInvert: /@harness/ }]
      : []),
  ],
});
