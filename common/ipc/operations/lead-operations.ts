import { z } from 'zod';
import { leadSettingsSchema } from '../../settings/lead-settings';
import type { Settings } from '../../settings/settings-schema';
import { newPassphraseField } from '../../setup/passphrase-field';
import { operation } from '../operation';

export {
  leadSettingsOf,
  leadSettingsSchema,
  type LeadSettings,
} from '../../settings/lead-settings';

export interface LeadAccessStatus {
  isSetUp: boolean;
  /** Seconds until another attempt is allowed after too many wrong ones; 0 when not locked. */
  retryAfterSeconds: number;
  /** The passphrase files are unusable: only the recovery code can set a new passphrase. */
  needsRecoveryCode: boolean;
  unlocked: boolean;
}

// Generous but bounded: scrypt must never be handed a pasted novel.
const secret = z.string().min(1).max(4096);

/** Access to the lead area: sign-in, lock, passphrase changes and the lead's settings. */
export const leadOperations = {
  leadStatus: operation<LeadAccessStatus>('learner')(z.void()),
  leadUnlock: operation<LeadAccessStatus>('learner')(z.object({ passphrase: secret }).strict()),
  leadLock: operation<null>('learner')(z.void()),
  leadResetPassphrase: operation<{ recoveryCode: string }>('learner')(
    z
      .object({ recoveryCode: z.string().min(1).max(200), newPassphrase: newPassphraseField })
      .strict(),
  ),
  leadChangePassphrase: operation<null>('lead')(
    z.object({ oldPassphrase: secret, newPassphrase: newPassphraseField }).strict(),
  ),
  leadUpdateSettings: operation<Settings>('lead')(leadSettingsSchema),
};
