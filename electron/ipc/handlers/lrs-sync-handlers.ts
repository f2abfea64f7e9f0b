import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

type LrsSyncOps =
  | 'leadLrsSettings'
  | 'leadSaveLrsSettings'
  | 'leadClearLrsSettings'
  | 'leadLrsStatus'
  | 'leadLrsSendNow'
  | 'leadLrsCompletions';

/** The lead's LRS panel; the router has already checked the lead session for each call. */
export function lrsSyncHandlers({ lrs }: AppServices): Pick<Handlers, LrsSyncOps> {
  return {
    leadLrsSettings: () => lrs.settings(),
    leadSaveLrsSettings: (input) => lrs.saveSettings(input),
    leadClearLrsSettings: async () => {
      await lrs.clearSettings();
      return lrs.settings();
    },
    leadLrsStatus: () => lrs.status(),
    leadLrsSendNow: () => lrs.sendNow(),
    leadLrsCompletions: () => lrs.readBack(),
  };
}
