import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../common/ipc/channels';
import { app, recorded } from '../support/electron-mock';

// The main process of an installed app: `app.isPackaged` is true, so the environment variables
// that point development runs elsewhere must change nothing.
let root: string;
let userData: string;
let envUserData: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'esafety-packaged-'));
  const appRoot = path.join(root, 'app.asar');
  mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  symlinkSync(path.resolve('content'), path.join(appRoot, 'content'));
  userData = path.join(root, 'user-data');
  envUserData = path.join(root, 'chosen-by-environment');
  const envContent = path.join(root, 'course-with-every-answer-right');
  mkdirSync(envContent);

  app.isPackaged = true;
  app.appPath = appRoot;
  app.setPath('userData', userData);
  Object.assign(process, { resourcesPath: path.join(root, 'resources') });
  process.env.ESAFETY_USER_DATA_DIR = envUserData;
  process.env.ESAFETY_CONTENT_DIR = envContent;
  await import('../../electron/main/main');
  await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fromApp = { senderFrame: { url: 'app://esafety/index.html' }, sender: { mainFrame: {} } };
fromApp.sender.mainFrame = fromApp.senderFrame;

describe('the installed app', () => {
  it('ignores ESAFETY_USER_DATA_DIR: settings and log stay in its own user-data folder', () => {
    expect(existsSync(path.join(userData, 'settings.json'))).toBe(true);
    expect(existsSync(path.join(userData, 'logs', 'main.log'))).toBe(true);
    expect(existsSync(envUserData)).toBe(false);
  });

  it('ignores ESAFETY_CONTENT_DIR: the course comes from inside the app', async () => {
    const result = (await recorded.ipcHandlers.get(channelOf('getContent'))!(fromApp, {
      locale: 'en-GB',
    })) as { ok: boolean; value: { modules: unknown[] } };
    expect(result.ok).toBe(true);
    expect(result.value.modules.length).toBeGreaterThan(0);
  });

  it('gives its window no developer tools', () => {
    expect(recorded.windows[0]?.options.webPreferences).toMatchObject({
      devTools: false,
      sandbox: true,
      contextIsolation: true,
    });
  });
});
