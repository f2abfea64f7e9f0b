import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, session } from 'electron';
import ElectronStore from 'electron-store';
import { createHandlers } from '../ipc/handlers/create-handlers';
import { createRouter } from '../ipc/router';
import { createAppServices } from '../services/app-services';
import type { SettingsFile } from '../services/settings/settings-service';
import { applyAppWideSecurity, hardenSession } from '../security/security';
import { APP_ORIGIN, trustedSenderCheck } from '../security/url-rules';
import { registerAppSchemePrivileges, serveRendererOverAppProtocol } from './app-protocol';
import { electronDialogs } from './electron-dialogs';
import { registerIpc } from './ipc-main';
import { createMainWindow } from './main-window';
import { installAppMenu } from './app-menu';

// Tests (and a lead who keeps data on an encrypted drive) can point the app at another folder;
// tests can also give it a content pack of their own, as the browser harness does.
const dataDirOverride = process.env.ESAFETY_USER_DATA_DIR;
if (dataDirOverride) app.setPath('userData', path.resolve(dataDirOverride));
const contentDirOverride = process.env.ESAFETY_CONTENT_DIR;

app.enableSandbox();
// Native date inputs follow Chromium's UI language; without this, a UK device may show mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'en-GB');
registerAppSchemePrivileges();
applyAppWideSecurity();

// One shared device, one running copy: a second launch brings the first window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    const appRoot = app.getAppPath();
    const buildDir = path.join(appRoot, 'dist', 'electron');
    hardenSession(session.defaultSession);
    serveRendererOverAppProtocol(path.join(appRoot, 'dist', 'renderer'));

    const services = createAppServices({
      appName: app.getName(),
      appVersion: app.getVersion(),
      dataDir: path.join(app.getPath('userData'), 'data'),
      contentDir: contentDirOverride
        ? path.resolve(contentDirOverride)
        : path.join(appRoot, 'content'),
      fontsDir: path.join(appRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf'),
      settingsSource: {
        path: path.join(app.getPath('userData'), 'settings.json'),
        open: () =>
          new ElectronStore<Record<string, unknown>>({
            name: 'settings',
            accessPropertiesByDotNotation: false,
          }) as unknown as SettingsFile,
      },
      dialogs: electronDialogs(() => mainWindow),
      now: () => new Date(),
      onLocaleChanged: (locale) => installAppMenu(() => mainWindow, locale),
    });
    registerIpc(
      createRouter({
        handlers: createHandlers(services),
        isTrustedSender: trustedSenderCheck(APP_ORIGIN),
        logError: (error, channel) => console.error(`IPC ${channel} failed`, error),
      }),
    );
    mainWindow = createMainWindow(buildDir, app.getName());
    installAppMenu(() => mainWindow, services.settings.get().locale);
  });

  app.on('window-all-closed', () => app.quit());
}
