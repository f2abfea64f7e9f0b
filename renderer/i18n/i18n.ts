import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { FALLBACK_LOCALE, LOCALES, type Locale } from '../../common/i18n/locales';
import { loadText, localeBackend } from './resources';

/**
 * Starts i18next in `locale` with the text the first screen needs (in `locale` and in the
 * fallback, which fills any key a translation lacks), given ready-loaded as `text` or loaded
 * here. With its text in hand i18next is ready at once, not a task later as when it loads
 * through its backend. Other namespaces load when asked for (see `loadNamespaces`); a screen
 * that needs one still missing waits inside a Suspense boundary meanwhile.
 */
export async function initI18n(locale: Locale = FALLBACK_LOCALE, text?: Resource): Promise<void> {
  const resources = text ?? (await loadText(locale, FIRST_PAINT_NAMESPACES));
  await i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: FALLBACK_LOCALE,
      // Only the languages the app ships, each by its full tag: left to itself i18next also
      // tries 'en' for 'en-GB', asking the backend at start-up for text that does not exist
      // and looking every key up once more.
      supportedLngs: [...LOCALES],
      load: 'currentOnly',
      resources,
      // The rest of the text comes from the backend when first needed.
      partialBundledLanguages: true,
      ns: Object.keys(resources[FALLBACK_LOCALE] ?? {}),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  syncDocumentLanguage(locale);
}

/** Loads more namespaces in the current language (and the fallback) ahead of need. */
export function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  return i18next.loadNamespaces([...namespaces]);
}

/** Screen readers choose their voice from `<html lang>`, so it follows the chosen language. */
export function syncDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

export async function changeLanguage(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  syncDocumentLanguage(locale);
}
