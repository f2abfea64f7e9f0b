import { setupInputSchema } from '../../setup/setup-input';
import type { SetupResult } from '../../../electron/services/setup/setup-service';
import { operation } from '../operation';

export const setupOperations = {
  completeSetup: operation<SetupResult>('learner')(setupInputSchema),
};
