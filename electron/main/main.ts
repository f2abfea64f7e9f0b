import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, session, shell } from 'electron';
import { createHandlers } from '../ipc/handlers/create-handlers';
import { MENU_COMMAND_CHANNEL } from '../../common/ipc/menu-commands';
import { createRouter } from '../ipc/router';
import { createAppServices } from '../services/app-services';
import { applyAppWideSecurity, hardenSession } from '../security/security';
import { APP_ORIGIN, trustedSenderCheck } from '../security/url-rules';
import { installAppMenu } from './app-menu';
import type { MenuActions } from './app-menu-template';
import { appLocations } from './app-locations';
import { openAppLog } from './app-log';
import { registerAppSchemePrivileges, serveRendererOverAppProtocol } from './app-protocol';
import { electronDialogs } from './electron-dialogs';
import { electronStoreSettingsSource } from './electron-store-settings';
import { registerIpc } from './ipc-main';
import { createMainWindow } from './main-window';
import { safeStorageProtector } from './safe-storage-protector';

const locations = appLocations({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  env: process.env,
});
// Tests and development runs may use another data folder; an installed app never does.
if (locations.userDataOverride) app.setPath('userData', locations.userDataOverride);
const userDataDir = app.getPath('userData');
const log = openAppLog(userDataDir, { toConsole: !app.isPackaged });

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
  log.info(`${app.getName()} ${app.getVersion()} started${app.isPackaged ? '' : ' (development)'}`);

  const menuActions: MenuActions = {
    send: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
    openLogFolder: () => void shell.openPath(log.folder),
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRendererOverAppProtocol(locations.rendererDir);

    const services = createAppServices({
      appName: app.getName(),
      appVersion: app.getVersion(),
      dataDir: path.join(userDataDir, 'data'),
      contentDir: locations.contentDir,
      fontsDir: locations.fontsDir,
      settingsSource: electronStoreSettingsSource(userDataDir),
      secretStore: safeStorageProtector(),
      ledgerInWorker: true,
      // The app's language is a setting; read as each dialog opens, after services exist.
      dialogs: electronDialogs(
        () => mainWindow,
        () => services.settings.get().locale,
      ),
      now: () => new Date(),
      logError: log.error,
      onLocaleChanged: (locale) => installAppMenu(locale, menuActions),
    });
    registerIpc(
      createRouter({
        handlers: createHandlers(services),
        admitLead: () => services.leadSession.admit(services.env.now()),
        isTrustedSender: trustedSenderCheck(APP_ORIGIN),
        logError: (error, channel) => log.error(`ipc ${channel}`, error),
      }),
    );
    mainWindow = createMainWindow({
      title: app.getName(),
      preloadPath: locations.preloadPath,
      isPackaged: app.isPackaged,
    });
    installAppMenu(services.settings.get().locale, menuActions);
    // Open the ledger now, in its worker, so the first learner's start does not wait for it
    // (with years of records that is seconds). A failure here is shown where the ledger is used.
    // A data folder given from outside (tests) may still be being arranged by whoever gave it,
    // so there the ledger opens on first use instead.
    if (!locations.userDataOverride) {
      services.ledger().catch((error: unknown) => log.error('ledger open at start-up', error));
    }
    // Statements queued while the app was closed (or offline) start on their way to the LRS.
    void services.lrs.start();
  });

  app.on('window-all-closed', () => app.quit());
}
