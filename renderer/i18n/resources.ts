import type { BackendModule, Resource, ResourceKey } from 'i18next';
import { FALLBACK_LOCALE, type Locale } from '../../common/i18n/locales';

// Each `common/locales/<locale>/<namespace>.json` is its own chunk, loaded when first needed:
// a learner never downloads the lead area's text, and the language not in use is not loaded.
const files = import.meta.glob<{ default: ResourceKey }>('../../common/locales/*/*.json');

const fileOf = (language: string, namespace: string) =>
  files[`../../common/locales/${language}/${namespace}.json`];

export const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = fileOf(language, namespace);
    if (!load) {
      callback(new Error(`no ${namespace} text for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

async function readText(language: string, namespace: string): Promise<ResourceKey> {
  const load = fileOf(language, namespace);
  if (!load) throw new Error(`no ${namespace} text for ${language}`);
  return (await load()).default;
}

/**
 * The given namespaces in `locale` and in the fallback (which fills any key a translation
 * lacks), all loading at once, shaped for i18next's `resources`.
 */
export async function loadText(locale: Locale, namespaces: readonly string[]): Promise<Resource> {
  const languages = locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE];
  const entries = await Promise.all(
    languages.map(async (language) => {
      const texts = await Promise.all(namespaces.map((ns) => readText(language, ns)));
      return [language, Object.fromEntries(namespaces.map((ns, i) => [ns, texts[i]]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Resource;
}
