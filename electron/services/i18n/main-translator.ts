import type { TFunction } from 'i18next';
import { createTranslator } from '../../../common/i18n/create-translator';
import { LOCALE_RESOURCES } from '../../../common/i18n/locale-resources';
import type { Locale } from '../../../common/i18n/locales';

/**
 * Main's one i18next instance, over the same locale JSON the renderer shows, built eagerly when
 * main loads: certificates, export file names and dialog filters are translated from it, so every
 * word main writes is in the files `npm run i18n:check` keeps complete in both languages.
 */
export const mainI18n = createTranslator(LOCALE_RESOURCES);

/** A `t` fixed to one language; main translates per call (a certificate in its record's language). */
export function translatorFor(locale: Locale): TFunction {
  return mainI18n.getFixedT(locale);
}
