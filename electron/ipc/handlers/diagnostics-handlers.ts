import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

export function diagnosticsHandlers({ env }: AppServices): Pick<Handlers, 'reportRendererError'> {
  return {
    reportRendererError: (report) => {
      env.logError?.('renderer', report);
      return null;
    },
  };
}
