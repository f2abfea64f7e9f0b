import { Menu } from 'electron';
import cyMenu from '../../common/locales/cy/menu.json' with { type: 'json' };
import enMenu from '../../common/locales/en-GB/menu.json' with { type: 'json' };
import type { Locale } from '../../common/content/content-schema';
import { appMenuTemplate, type MenuActions, type MenuLabels } from './app-menu-template';

// The menu's words are in the UI's own locale JSON, so `npm run i18n:check` keeps both complete.
const labels: Record<Locale, MenuLabels> = { 'en-GB': enMenu, cy: cyMenu };

/** Builds the native menu in `locale`; main calls it again when the learner switches language. */
export function installAppMenu(locale: Locale, actions: MenuActions): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(appMenuTemplate(labels[locale], process.platform, actions)),
  );
}
