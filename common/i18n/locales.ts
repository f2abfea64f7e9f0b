/**
 * The languages the app ships, declared once for main and renderer. Kept free of zod so the
 * learner's bundle can name the locales without loading a schema library.
 */
export const LOCALES = ['en-GB', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language every missing translation falls back to, in main and in the renderer. */
export const FALLBACK_LOCALE: Locale = 'en-GB';
