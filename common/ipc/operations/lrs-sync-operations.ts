import { z } from 'zod';
import type { LrsCompletion } from '../../lrs-sync/lrs-completion';
import { lrsSettingsInputSchema, type LrsSettingsView } from '../../lrs-sync/lrs-settings';
import type { LrsSyncStatus } from '../../lrs-sync/lrs-sync-status';
import { operation } from '../operation';

/** The lead's LRS panel: settings (the secret goes in, never out), status, send now, read-back. */
export const lrsSyncOperations = {
  leadLrsSettings: operation<LrsSettingsView>('lead')(z.void()),
  leadSaveLrsSettings: operation<LrsSettingsView>('lead')(lrsSettingsInputSchema),
  leadClearLrsSettings: operation<LrsSettingsView>('lead')(z.void()),
  leadLrsStatus: operation<LrsSyncStatus>('lead')(z.void()),
  leadLrsSendNow: operation<LrsSyncStatus>('lead')(z.void()),
  leadLrsCompletions: operation<LrsCompletion[]>('lead')(z.void()),
};
