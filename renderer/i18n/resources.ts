import type { BackendModule, ResourceKey } from 'i18next';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';

// Each `common/locales/<locale>/<namespace>.json` is its own chunk, loaded when first needed:
// a learner never downloads the lead area's text, and the language not in use is not loaded.
const files = import.meta.glob<{ default: ResourceKey }>('../../common/locales/*/*.json');

export { FIRST_PAINT_NAMESPACES };

export const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = files[`../../common/locales/${language}/${namespace}.json`];
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

/**
 * Starts loading a language's first-paint text at once, before anything asks for it: the
 * fallback language is always needed, so the app fetches it while it waits for main's answer
 * (the module loader keeps each file, so the backend's later read finds it loaded).
 */
export function prefetchFirstPaint(language: string): void {
  for (const namespace of FIRST_PAINT_NAMESPACES) {
    void files[`../../common/locales/${language}/${namespace}.json`]?.().catch(() => undefined);
  }
}
