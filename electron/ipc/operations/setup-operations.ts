import { setupInputSchema } from '../../services/setup/setup-input';
import type { SetupResult } from '../../services/setup/setup-service';
import { operation } from '../operation';

export const setupOperations = {
  completeSetup: operation<SetupResult>()(setupInputSchema),
};
