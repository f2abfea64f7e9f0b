import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../common/content/content-schema';
import { localeResources } from './resources';

export const FALLBACK_LOCALE: Locale = 'en-GB';

export async function initI18n(locale: Locale = FALLBACK_LOCALE): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: localeResources(),
    lng: locale,
    fallbackLng: FALLBACK_LOCALE,
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
