import {
  test as base,
  _electron,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../../electron/ipc/handlers/create-handlers';
import { createRouter } from '../../../electron/ipc/router';
import { trustedSenderCheck } from '../../../electron/security/url-rules';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { confSettingsSource } from '../../support/conf-settings-source';
import type { AppModeOptions } from './electron-binary';
import { BRIDGE_BUNDLE } from './global-setup';
import { startStaticServer } from './static-server';
import { TestDialogs, type DialogAnswers } from './test-dialogs';
import { testProtector } from '../../support/test-device-key';

interface Fixtures {
  /** A fresh user-data folder for each test: settings.json beside data/. */
  userDataDir: string;
  /** Where the test's exports land (the stand-in save dialogs answer with paths here). */
  exportsDir: string;
  dialogs: TestDialogs;
  /** The real services on the test's own data folder, for arranging and checking state. */
  services: AppServices;
  /** The app, loaded and showing its first screen. */
  app: Page;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function servicesFor(userDataDir: string, dialogs: TestDialogs): AppServices {
  return createAppServices({
    appName: 'E-safety Induction',
    appVersion: '0.0.0-test',
    dataDir: path.join(userDataDir, 'data'),
    contentDir: path.join(repoRoot, 'content'),
    settingsSource: confSettingsSource(userDataDir),
    secretStore: testProtector(),
    dialogs,
    now: () => new Date(),
  });
}

export const test = base.extend<Fixtures & AppModeOptions, { server: { origin: string } }>({
  appMode: ['browser', { option: true }],

  server: [
    async ({}, use) => {
      const server = await startStaticServer(path.join(repoRoot, 'dist', 'renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  exportsDir: async ({ userDataDir }, use) => {
    const dir = path.join(userDataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    await use(dir);
  },

  dialogs: async ({ exportsDir }, use) => use(new TestDialogs(exportsDir)),

  services: async ({ userDataDir, dialogs }, use) => use(servicesFor(userDataDir, dialogs)),

  app: async ({ appMode, page, server, services, userDataDir, exportsDir, dialogs }, use) => {
    if (appMode === 'electron') {
      const electronApp = await _electron.launch({
        args: [repoRoot],
        env: {
          ...process.env,
          ESAFETY_USER_DATA_DIR: userDataDir,
          ESAFETY_CONTENT_DIR: services.env.contentDir,
        },
      });
      await answerDialogsInMain(electronApp, exportsDir);
      dialogs.remoteOpened = () =>
        electronApp.evaluate(() => (globalThis as { __opened?: string[] }).__opened ?? []);
      dialogs.remoteAnswers = (answers) =>
        electronApp.evaluate((_electron, next) => {
          (globalThis as { __dialogAnswers?: DialogAnswers }).__dialogAnswers = next;
        }, answers);
      const window = await electronApp.firstWindow();
      await use(window);
      await electronApp.close();
      return;
    }
    const dispatch = createRouter({
      handlers: createHandlers(services),
      admitLead: () => services.leadSession.admit(services.env.now()),
      isTrustedSender: trustedSenderCheck(server.origin),
      logError: (error, channel) => console.error(`IPC ${channel} failed`, error),
    });
    await page.exposeBinding('__esafetyInvoke', (source, channel: string, input: unknown) =>
      dispatch(channel, input, {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      }),
    );
    await page.addInitScript({ path: BRIDGE_BUNDLE });
    await page.goto(`${server.origin}/index.html`);
    await use(page);
  },
});

/**
 * The real app's native dialogs would wait for a person. In the Electron project they answer as
 * TestDialogs does in the browser: saves land in the test's exports folder, a folder pick is
 * that folder, an open picks the file the test named (`willOpen`), `cancelNextDialog` cancels
 * the next one, and files opened for printing are recorded instead of shown.
 */
async function answerDialogsInMain(electronApp: ElectronApplication, exportsDir: string) {
  await electronApp.evaluate(({ dialog, shell }, dir) => {
    const lastOptions = (args: unknown[]) => (args.at(-1) ?? {}) as Record<string, unknown>;
    const opened: string[] = [];
    const state = globalThis as { __opened?: string[]; __dialogAnswers?: DialogAnswers };
    state.__opened = opened;
    state.__dialogAnswers = { nextOpenPath: null, cancelNext: false };
    // As TestDialogs: a cancel answers only the next dialog; the file to open stays chosen.
    const cancelled = () => {
      const answers = state.__dialogAnswers!;
      const cancel = answers.cancelNext;
      answers.cancelNext = false;
      return cancel;
    };
    Object.assign(dialog, {
      showSaveDialog: async (...args: unknown[]) => {
        if (cancelled()) return { canceled: true, filePath: undefined };
        const name = String(lastOptions(args).defaultPath ?? 'export')
          .split(/[\\/]/)
          .pop();
        return { canceled: false, filePath: `${dir}/${name}` };
      },
      showOpenDialog: async (...args: unknown[]) => {
        if (cancelled()) return { canceled: true, filePaths: [] };
        const properties = (lastOptions(args).properties ?? []) as string[];
        if (properties.includes('openDirectory')) return { canceled: false, filePaths: [dir] };
        const file = state.__dialogAnswers!.nextOpenPath;
        return file ? { canceled: false, filePaths: [file] } : { canceled: true, filePaths: [] };
      },
    });
    Object.assign(shell, {
      openPath: async (file: string) => {
        opened.push(file);
        return '';
      },
    });
  }, exportsDir);
}

export { expect };
