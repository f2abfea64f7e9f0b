import { api } from './app/api';
import { startFirstScreen } from './app/first-screen';
import { reportUncaughtErrors } from './app/report-errors';
import './styles/tokens.css';
import './styles/base.css';
import './styles/reflow.css';
import './styles/themes.css';

// This entry is kept small so it runs as soon as it arrives: it asks main for the start-up state
// and starts loading the first screen's text at once, while React, i18next and the screens
// (./boot, which the build preloads beside this script: scripts/vite/preload-first-paint.ts)
// are still downloading, rather than one after the other behind them.

// Errors the screens did not handle reach main's log file (without personal data).
reportUncaughtErrors(window, (report) => api().reportRendererError(report));

const firstScreen = startFirstScreen(() => api().getStartup());
void import('./boot').then(({ boot }) => boot(firstScreen));
