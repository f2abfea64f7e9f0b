import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES } from '../../common/ipc/channels';
import { secureWebPreferences } from '../../electron/security/web-preferences';
import { app, FakeWebContents, recorded } from '../support/electron-mock';

let appRoot: string;
let userData: string;

beforeAll(async () => {
  appRoot = mkdtempSync(path.join(os.tmpdir(), 'esafety-main-'));
  userData = path.join(appRoot, 'user-data');
  mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><p>app</p>');
  app.appPath = appRoot;
  process.env.ESAFETY_USER_DATA_DIR = userData;
  process.env.ESAFETY_CONTENT_DIR = path.resolve('content');
  await import('../../electron/main/main');
  await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

const fromApp = { senderFrame: null as unknown, sender: { mainFrame: null as unknown } };
fromApp.senderFrame = { url: 'app://esafety/index.html' };
fromApp.sender.mainFrame = fromApp.senderFrame;

describe('the Electron main process, as started', () => {
  it('turns on the sandbox, takes the single-instance lock, and registers app:// as secure', () => {
    expect(recorded.calls).toEqual(
      expect.arrayContaining(['enableSandbox', 'requestSingleInstanceLock', 'switch:lang=en-GB']),
    );
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one window with the secure web preferences, loading the app from app://', () => {
    const [window] = recorded.windows;
    expect(window?.options.webPreferences).toEqual(
      secureWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
    );
    expect(window?.loadedUrl).toBe('app://esafety/index.html');
  });

  it('handles every contract channel, and answers the app’s own frame with real data', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
    const handler = recorded.ipcHandlers.get(channelOf('getSettings'))!;
    const result = (await handler(fromApp, undefined)) as { ok: boolean; value: unknown };
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: 1, locale: 'en-GB' } });
  });

  it('refuses IPC from a frame that is not the window’s own main frame', async () => {
    const handler = recorded.ipcHandlers.get(channelOf('getSettings'))!;
    const iframe = { senderFrame: { url: 'app://esafety/index.html' }, sender: { mainFrame: {} } };
    const remote = {
      senderFrame: { url: 'https://evil.example/' },
      sender: { mainFrame: null as unknown },
    };
    remote.sender.mainFrame = remote.senderFrame;
    for (const event of [iframe, remote]) {
      expect(await handler(event, undefined)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
  });

  it('serves the renderer with the CSP header, and nothing outside it', async () => {
    const serve = recorded.protocolHandlers.get('app')!;
    const page = await serve({ url: 'app://esafety/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<p>app</p>');
    expect((await serve({ url: 'app://esafety/missing.js' })).status).toBe(404);
    expect((await serve({ url: 'app://other/index.html' })).status).toBe(404);
  });

  it('denies every permission request', () => {
    let granted: boolean | undefined;
    recorded.permissionRequestHandler?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('hardens every web contents: navigation blocked, new windows denied, vetted links external', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit(
      'will-navigate',
      { preventDefault: () => (prevented = true) },
      'https://evil.example/',
    );
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://www.ceop.police.uk/' })).toEqual({
      action: 'deny',
    });
    expect(recorded.openedExternally).toEqual(['https://www.ceop.police.uk/']);
  });

  it('builds the menu in the chosen language, rebuilding it when the learner switches', async () => {
    const labels = () =>
      (recorded.menus.at(-1) as Array<{ label: string }>).map((item) => item.label);
    expect(labels()).toEqual(['File', 'View', 'Help']);
    await recorded.ipcHandlers.get(channelOf('setLocale'))!(fromApp, { locale: 'cy' });
    expect(labels()).toEqual(['Ffeil', 'Golwg', 'Cymorth']);
  });

  it('keeps settings with electron-store in the user-data folder', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(userData, 'settings.json'))).toBe(true);
  });
});
