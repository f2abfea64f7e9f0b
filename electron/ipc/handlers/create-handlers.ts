import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';
import { appHandlers } from './app-handlers';

/** Every operation's handler, built from the services; main and the e2e harness both use this. */
export function createHandlers(services: AppServices): Handlers {
  return {
    ...appHandlers(services),
  };
}
