import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, unwrap } from './app/api';
import { App } from './app/App';
import { ErrorNotice } from './components/ErrorNotice';
import { initI18n } from './i18n/i18n';
import { prefetchFirstPaint } from './i18n/resources';
import { FALLBACK_LOCALE } from '../common/i18n/locales';
import { reportUncaughtErrors } from './app/report-errors';
import './styles/tokens.css';
import './styles/base.css';
import './styles/reflow.css';
import './styles/themes.css';

// Errors the screens did not handle reach main's log file (without personal data).
reportUncaughtErrors(window, (report) => api().reportRendererError(report));

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  // One call to main, then the chosen language's first-screen text, then the first render. The
  // fallback language's text is needed whichever is chosen: it loads while main answers.
  prefetchFirstPaint(FALLBACK_LOCALE);
  unwrap(api().getStartup()).then(
    async (startup) => {
      await initI18n(startup.settings.locale);
      root.render(
        <StrictMode>
          <App startup={startup} />
        </StrictMode>,
      );
    },
    async (error: unknown) => {
      // Main could not say how the app is set up: say so plainly rather than show a blank window.
      await initI18n();
      root.render(
        <main className="app-main">
          <ErrorNotice error={error} />
        </main>,
      );
    },
  );
}
