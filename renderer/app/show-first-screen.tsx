import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { AFTER_FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { FALLBACK_LOCALE } from '../../common/i18n/locales';
import { ErrorNotice } from '../components/ErrorNotice';
import { initI18n, loadNamespaces } from '../i18n/i18n';
import { App } from './App';
import { preloadLearnerPath } from './ScreenSwitch';
import type { FirstScreen } from './first-screen';

/**
 * Starts i18next with the first screen's text and renders the first screen at once, in this
 * task (not one the scheduler queues), already translated. Then, once it is on screen and while
 * it is being read, the learner's next screens and their text load.
 */
export async function showFirstScreen(root: Root, first: FirstScreen): Promise<void> {
  await initI18n(first.startup?.settings.locale ?? FALLBACK_LOCALE, first.text);
  flushSync(() =>
    root.render(
      first.startup ? (
        <StrictMode>
          <App startup={first.startup} />
        </StrictMode>
      ) : (
        // Main could not say how the app is set up: say so plainly rather than show a blank window.
        <main className="app-main">
          <ErrorNotice error={first.failure} />
        </main>
      ),
    ),
  );
  whenIdle(() => {
    void loadNamespaces(AFTER_FIRST_PAINT_NAMESPACES);
    if (first.startup) preloadLearnerPath();
  });
}

/** After the first frame, when the browser has nothing more urgent to do. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 0);
}
