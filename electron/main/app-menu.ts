import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import cyMenu from '../../common/locales/cy/menu.json' with { type: 'json' };
import enMenu from '../../common/locales/en-GB/menu.json' with { type: 'json' };
import type { Locale } from '../../common/content/content-schema';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../common/ipc/menu-commands';

// The menu uses the renderer's own translation files, so both locales stay complete in one place.
const labels: Record<Locale, typeof enMenu> = { 'en-GB': enMenu, cy: cyMenu };

export function installAppMenu(getWindow: () => BrowserWindow | null, locale: Locale): void {
  const t = labels[locale];
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.leadArea, accelerator: 'CmdOrCtrl+L', click: send('open-lead-area') },
        { label: t.exports, accelerator: 'CmdOrCtrl+E', click: send('open-exports') },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t.help, submenu: [{ label: t.about, click: send('open-about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
