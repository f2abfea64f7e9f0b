import { Menu } from 'electron';
import type { Locale } from '../../common/i18n/locales';
import { mainI18n } from '../services/i18n/main-translator';
import { appMenuTemplate, type MenuActions, type MenuLabels } from './app-menu-template';

/**
 * Builds the native menu in `locale`; main calls it again when the learner switches language.
 * Its words come from main's one i18next instance, over the same locale JSON as the renderer.
 */
export function installAppMenu(locale: Locale, actions: MenuActions): void {
  const labels = mainI18n.getResourceBundle(locale, 'menu') as MenuLabels;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(appMenuTemplate(labels, process.platform, actions)),
  );
}
