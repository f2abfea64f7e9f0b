import type { MenuItemConstructorOptions } from 'electron';
import type enMenu from '../../common/locales/en-GB/menu.json';
import type { MenuCommand } from '../../common/ipc/menu-commands';

export type MenuLabels = typeof enMenu;

export interface MenuActions {
  /** Commands the renderer carries out (it owns navigation). */
  send(command: MenuCommand): void;
  openLogFolder(): void;
}

/**
 * The application menu, as data. Edit, View and Window items use Electron's roles, which give
 * the platform's own behaviour and shortcuts (without the Edit roles, copy and paste do nothing
 * on macOS); each still gets its label from the locale JSON so the Welsh menu is Welsh.
 */
export function appMenuTemplate(
  t: MenuLabels,
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    // macOS puts the app's own menu (About, Hide, Quit) first, named after the app.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t.file,
      submenu: [
        {
          label: t.leadArea,
          accelerator: 'CmdOrCtrl+L',
          click: () => actions.send('open-lead-area'),
        },
        { label: t.exports, accelerator: 'CmdOrCtrl+E', click: () => actions.send('open-exports') },
        ...(mac ? [] : [separator, { label: t.quit, role: 'quit' } as const]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        separator,
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.actualSize, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        separator,
        { label: t.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.window,
      role: 'window',
      submenu: [
        { label: t.minimise, role: 'minimize' },
        ...(mac ? [{ label: t.zoom, role: 'zoom' } as const] : []),
        { label: t.close, role: 'close' },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [
        { label: t.about, click: () => actions.send('open-about') },
        { label: t.openLogFolder, click: () => actions.openLogFolder() },
      ],
    },
  ];
}
