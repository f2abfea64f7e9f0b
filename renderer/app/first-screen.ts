import type { Resource } from 'i18next';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { FALLBACK_LOCALE } from '../../common/i18n/locales';
import type { IpcResult } from '../../common/ipc/operation';
import type { Startup } from '../../common/ipc/operations/app-operations';
import { loadText } from '../i18n/resources';
import { unwrap } from './api';

/** What the first screen is made from: main's start-up answer, or why there is none, and its text. */
export type FirstScreen =
  { startup: Startup; text: Resource } | { startup: null; failure: unknown; text: Resource };

/**
 * Asks main for the start-up state and loads the first screen's text in the chosen language.
 * The fallback language's text is needed whichever language is chosen: it loads while main
 * answers.
 */
export function startFirstScreen(
  getStartup: () => Promise<IpcResult<Startup>>,
): Promise<FirstScreen> {
  loadText(FALLBACK_LOCALE, FIRST_PAINT_NAMESPACES).catch(() => undefined);
  return askMain(getStartup).then(
    async (startup): Promise<FirstScreen> => {
      // The notices that settings were recovered or lost are the only error text it shows.
      const namespaces =
        startup.info.settingsRecoveredFrom || startup.info.settingsLost
          ? [...FIRST_PAINT_NAMESPACES, 'errors']
          : FIRST_PAINT_NAMESPACES;
      return { startup, text: await loadText(startup.settings.locale, namespaces) };
    },
    async (failure: unknown): Promise<FirstScreen> => ({
      startup: null,
      failure,
      text: await loadText(FALLBACK_LOCALE, [...FIRST_PAINT_NAMESPACES, 'errors']),
    }),
  );
}

/**
 * The call goes out now, not a microtask later (after the rest of the app's script has run); a
 * missing bridge (the page opened outside the app) becomes a failure like any other.
 */
function askMain(getStartup: () => Promise<IpcResult<Startup>>): Promise<Startup> {
  try {
    return unwrap(getStartup());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
