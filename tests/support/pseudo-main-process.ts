import { LOCALE_RESOURCES } from '../../common/i18n/locale-resources';
import { mainI18n } from '../../electron/services/i18n/main-translator';
import { pseudoCatalogue } from './pseudo-locale';

/**
 * Main's own translator answers in the pseudo locale for en-GB until the returned undo is called.
 * i18next keeps the shipped resource objects by reference, so each namespace is replaced whole
 * (never merged into) and put back from a copy taken first: later tests in the same worker, and
 * anything comparing with the shipped texts, see the real English again.
 */
export function pseudoMainProcess(): () => void {
  const english = LOCALE_RESOURCES['en-GB'] as Record<string, Record<string, unknown>>;
  const real = structuredClone(english);
  const replace = (texts: (bundle: Record<string, unknown>) => Record<string, unknown>) => {
    for (const [namespace, bundle] of Object.entries(real)) {
      mainI18n.removeResourceBundle('en-GB', namespace);
      mainI18n.addResourceBundle('en-GB', namespace, texts(bundle));
    }
  };
  replace((bundle) => pseudoCatalogue(bundle));
  return () => replace((bundle) => structuredClone(bundle));
}
