import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../security/web-preferences';
import { APP_ORIGIN } from '../security/url-rules';

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  isPackaged: boolean;
}

export function createMainWindow({
  title,
  preloadPath,
  isPackaged,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    title,
    show: false,
    backgroundColor: '#f7f8fb',
    webPreferences: secureWebPreferences(preloadPath, { isPackaged }),
  });
  // Shown once painted, so a slow machine never flashes an empty white window.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
