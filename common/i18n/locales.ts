/**
 * The languages the app ships, declared once for main and renderer. Kept free of zod so the
 * learner's bundle can name the locales without loading a schema library.
 */
export const LOCALES = ['en-GB', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language every missing translation falls back to, in main and in the renderer. */
export const FALLBACK_LOCALE: Locale = 'en-GB';

/** A language tag as i18next reports it, as one of ours (anything else: the fallback). */
export function asLocale(language: string): Locale {
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : FALLBACK_LOCALE;
}
