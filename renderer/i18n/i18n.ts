import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LOCALE, type Locale } from '../../common/i18n/locales';
import { FIRST_PAINT_NAMESPACES, localeBackend } from './resources';

/**
 * Starts i18next with the text the first screen needs in `locale` (and in the fallback, which
 * fills any key a translation lacks). Other namespaces load when a screen asks for them; the
 * screen waits inside a Suspense boundary meanwhile.
 */
export async function initI18n(locale: Locale = FALLBACK_LOCALE): Promise<void> {
  await i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      fallbackLng: FALLBACK_LOCALE,
      ns: FIRST_PAINT_NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  syncDocumentLanguage(locale);
}

/** Screen readers choose their voice from `<html lang>`, so it follows the chosen language. */
export function syncDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

export async function changeLanguage(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  syncDocumentLanguage(locale);
}
