import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

export function setupHandlers(services: AppServices): Pick<Handlers, 'completeSetup'> {
  return {
    completeSetup: (input) => services.setup.complete(input),
  };
}
