import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../electron/main/app-menu-template';
import en from '../../common/locales/en-GB/menu.json';

type Item = ReturnType<typeof appMenuTemplate>[number];
const noop = { send: () => undefined, openLogFolder: () => undefined };
const roles = (items: Item[] | undefined) => (items ?? []).map((item) => item.role ?? item.label);
const sub = (item: Item | undefined) => item?.submenu as Item[] | undefined;

describe('the application menu on each desktop', () => {
  it('on macOS starts with the app’s own menu and keeps Quit there, not under File', () => {
    const menu = appMenuTemplate(en, 'darwin', noop);
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(roles(sub(menu[1]))).toEqual(['E-safety lead area', 'Exports']);
    expect(roles(sub(menu.find((item) => item.label === 'Window')))).toEqual([
      'minimize',
      'zoom',
      'close',
    ]);
  });

  it('on Windows and Linux has Quit under File and no app menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate(en, platform, noop);
      expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      expect(roles(sub(menu[0]))).toContain('quit');
    }
  });

  it('gives every item a label from the locale file, so none is left in English in Welsh', () => {
    const labelled = (items: Item[]): boolean =>
      items.every(
        (item) =>
          item.type === 'separator' ||
          item.role === 'appMenu' ||
          (typeof item.label === 'string' && (!item.submenu || labelled(item.submenu as Item[]))),
      );
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(labelled(appMenuTemplate(en, platform, noop))).toBe(true);
    }
  });

  it('opens the log folder from Help', () => {
    let opened = 0;
    const menu = appMenuTemplate(en, 'linux', { ...noop, openLogFolder: () => opened++ });
    const help = sub(menu.find((item) => item.label === 'Help'));
    const item = help?.find((entry) => entry.label === 'Open log folder');
    (item?.click as () => void)();
    expect(opened).toBe(1);
  });
});
