import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES } from '../../common/ipc/channels';
import type { appMenuTemplate } from '../../electron/main/app-menu-template';
import { app, FakeWebContents, recorded } from '../support/electron-mock';

// The main process as `npm start` and the e2e `electron` project run it: not packaged, pointed
// at a test data folder and the repository's content by the environment.
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
const call = (name: (typeof OPERATION_NAMES)[number], input?: unknown) =>
  recorded.ipcHandlers.get(channelOf(name))!(fromApp, input) as Promise<{ ok: boolean }>;

type MenuItem = ReturnType<typeof appMenuTemplate>[number] & { submenu?: MenuItem[] };
const menu = () => recorded.menus.at(-1) as MenuItem[];
const submenu = (label: string) => menu().find((item) => item.label === label)?.submenu ?? [];

describe('the Electron main process, as started in development', () => {
  it('turns on the sandbox, takes the single-instance lock, and registers app:// as secure', () => {
    expect(recorded.calls).toEqual(
      expect.arrayContaining(['enableSandbox', 'requestSingleInstanceLock', 'switch:lang=en-GB']),
    );
    expect(recorded.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('opens one isolated, sandboxed window with developer tools, loading the app from app://', () => {
    expect(recorded.windows).toHaveLength(1);
    const [window] = recorded.windows;
    expect(window?.options.webPreferences).toEqual({
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    });
    expect(window?.loadedUrl).toBe('app://esafety/index.html');
  });

  it('keeps settings with electron-store in the folder ESAFETY_USER_DATA_DIR names', async () => {
    const result = (await call('getSettings')) as { ok: boolean; value: unknown };
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: 3, locale: 'en-GB' } });
    const file = JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8'));
    expect(file).toMatchObject({
      schemaVersion: 3,
      __internal__: { migrations: { version: '3.0.0' } },
    });
  });

  it('loads the course from the folder ESAFETY_CONTENT_DIR names', async () => {
    const result = (await call('getContent', { locale: 'cy' })) as {
      ok: boolean;
      value: { modules: unknown[] };
    };
    expect(result.ok).toBe(true);
    expect(result.value.modules.length).toBeGreaterThan(0);
  });

  it('handles every contract channel and nothing else', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
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
    // Every navigation is stopped, even to another page of the app's own.
    for (const url of ['https://evil.example/', 'app://esafety/other.html', 'file:///x']) {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      expect(prevented).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://www.ceop.police.uk/' })).toEqual({
      action: 'deny',
    });
    expect(recorded.openedExternally).toEqual(['https://www.ceop.police.uk/']);
  });
});

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with copy and paste from the Edit roles', () => {
    expect(menu().map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu('Edit').map((item) => item.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(submenu('View').map((item) => item.role)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(menu().find((item) => item.label === 'Window')?.role).toBe('window');
  });

  it('sends File menu commands to the window', () => {
    const leadArea = submenu('File').find((item) => item.label === 'E-safety lead area');
    (leadArea?.click as () => void)();
    expect(recorded.windows[0]?.webContents.sent.at(-1)).toEqual([
      'esafety:menu-command',
      'open-lead-area',
    ]);
  });

  it('opens the log folder from Help, where start-up was logged', () => {
    const item = submenu('Help').find((entry) => entry.label === 'Open log folder');
    (item?.click as () => void)();
    const folder = path.join(userData, 'logs');
    expect(recorded.openedPaths).toEqual([folder]);
    expect(readFileSync(path.join(folder, 'main.log'), 'utf8')).toContain(
      'E-safety Induction 0.0.0-test started (development)',
    );
  });

  it('is rebuilt in Welsh, every label translated, when the learner switches', async () => {
    await call('setLocale', { locale: 'cy' });
    expect(menu().map((item) => item.label)).toEqual([
      'Ffeil',
      'Golygu',
      'Golwg',
      'Ffenestr',
      'Cymorth',
    ]);
    expect(submenu('Golygu').map((item) => item.label)).toEqual([
      'Dadwneud',
      'Ailwneud',
      undefined,
      'Torri',
      'Copïo',
      'Gludo',
      'Dewis y cyfan',
    ]);
    await call('setLocale', { locale: 'en-GB' });
  });
});

describe('the log', () => {
  it('records an unexpected IPC failure as one line with no names, contacts or paths', async () => {
    // A file where the data folder should be makes setup fail with a Node error whose message
    // holds the data folder's path.
    const dataDir = path.join(userData, 'data');
    rmSync(dataDir, { recursive: true, force: true });
    writeFileSync(dataDir, 'not a folder');
    try {
      const result = await call('completeSetup', {
        orgName: 'Ysgol Gynradd Llanfair',
        esafetyLeadName: 'Siân Llŵyd',
        esafetyLeadContact: 'sian.llwyd@example.org',
        safeguardingLeadName: 'Rhodri Evans',
        safeguardingLeadContact: '01234 567890',
        refresherMonths: 12,
        passMarkPercent: 80,
        passphrase: 'a long enough passphrase',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    } finally {
      rmSync(dataDir, { force: true });
    }
    const log = readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
    const line = log.split('\n').find((entry) => entry.includes('[ipc esafety:completeSetup]'));
    expect(line).toMatch(/\[error\] \[ipc esafety:completeSetup\] Error code=EEXIST at /);
    for (const secret of ['Siân', 'sian.llwyd', 'Rhodri', '01234', 'Llanfair', 'passphrase']) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toContain(appRoot);
  });

  it('records an uncaught error in main without letting its message in', () => {
    const error = new RangeError('Invalid time for sian.llwyd@example.org');
    error.stack = `RangeError: ${error.message}\n    at expiryOf (${appRoot}/dist/electron/main.mjs:812:9)`;
    // As Node does just before an uncaught exception ends the process.
    for (const monitor of process.listeners('uncaughtExceptionMonitor')) {
      monitor(error, 'uncaughtException');
    }
    const log = readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('[main] RangeError at expiryOf (main.mjs:812:9)');
    expect(log).not.toContain('sian.llwyd');
  });

  it('records a renderer’s error sent over IPC, keeping its frames but not its message', async () => {
    const result = await call('reportRendererError', {
      name: 'TypeError',
      message: 'Cannot read name of Siân Llŵyd <sian.llwyd@example.org>',
      stack: 'TypeError: …\n    at onSign (app://esafety/assets/SigningScreen-5d1c.js:1:4410)',
    });
    expect(result).toEqual({ ok: true, value: null });
    const log = readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('[renderer] TypeError at onSign (SigningScreen-5d1c.js:1:4410)');
    expect(log).not.toContain('sian.llwyd');
  });
});
