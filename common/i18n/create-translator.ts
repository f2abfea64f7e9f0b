import i18next, { type i18n, type Resource } from 'i18next';
import { FALLBACK_LOCALE, LOCALES } from './locales';

/**
 * An i18next instance of its own (not the global one the renderer's React binding uses) over
 * the given resources. Synchronous: the resources are all in memory and `initAsync: false`, so
 * the instance translates as soon as this returns — main builds menus, file names and
 * certificates at start-up and must not wait for a promise to do it.
 */
export function createTranslator(resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: FALLBACK_LOCALE,
    fallbackLng: FALLBACK_LOCALE,
    supportedLngs: [...LOCALES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
