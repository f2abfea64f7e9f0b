import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';
import { appHandlers } from './app-handlers';
import { diagnosticsHandlers } from './diagnostics-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { leadDataHandlers } from './lead-data-handlers';
import { leadExportHandlers } from './lead-export-handlers';
import { leadHandlers } from './lead-handlers';
import { learningHandlers } from './learning-handlers';
import { policyHandlers } from './policy-handlers';
import { lrsSyncHandlers } from './lrs-sync-handlers';
import { setupHandlers } from './setup-handlers';
import { signingHandlers } from './signing-handlers';

/** Every operation's handler, built from the services; main and the e2e harness both use this. */
export function createHandlers(services: AppServices): Handlers {
  return {
    ...appHandlers(services),
    ...setupHandlers(services),
    ...learningHandlers(services),
    ...leadHandlers(services),
    ...leadDataHandlers(services),
    ...leadExportHandlers(services),
    ...evidenceHandlers(services),
    ...lrsSyncHandlers(services),
    ...signingHandlers(services),
    ...diagnosticsHandlers(services),
    ...policyHandlers(services),
  };
}
