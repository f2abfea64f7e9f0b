import { z } from 'zod';
import { LOCALES } from '../../content/content-schema';
import { organisationSchema, type Settings } from '../../settings/settings-schema';
import { operation } from '../operation';

export interface LeadAccessStatus {
  isSetUp: boolean;
  /** Seconds until another attempt is allowed after too many wrong ones; 0 when not locked. */
  retryAfterSeconds: number;
  unlocked: boolean;
}

// Generous but bounded: scrypt must never be handed a pasted novel.
const secret = z.string().min(1).max(4096);

/** What the lead may change in the settings tab (never the device id or setup state). */
export const leadSettingsSchema = z
  .object({
    organisation: organisationSchema.strict(),
    refresherMonths: z.number().int().min(1).max(60),
    passMarkPercent: z.number().int().min(1).max(100),
    defaultLocale: z.enum(LOCALES),
    leadAutoLockMinutes: z.number().int().min(1).max(120),
    retentionYears: z.number().int().min(1).max(100).nullable(),
  })
  .strict();
export type LeadSettings = z.infer<typeof leadSettingsSchema>;

/** The part of the settings the lead's settings form edits. */
export function leadSettingsOf(settings: Settings): LeadSettings {
  return {
    organisation: settings.organisation,
    refresherMonths: settings.refresherMonths,
    passMarkPercent: settings.passMarkPercent,
    defaultLocale: settings.defaultLocale,
    leadAutoLockMinutes: settings.leadAutoLockMinutes,
    retentionYears: settings.retentionYears,
  };
}

/** Access to the lead area: sign-in, lock, passphrase changes and the lead's settings. */
export const leadOperations = {
  leadStatus: operation<LeadAccessStatus>('learner')(z.void()),
  leadUnlock: operation<LeadAccessStatus>('learner')(z.object({ passphrase: secret }).strict()),
  leadLock: operation<null>('learner')(z.void()),
  leadResetPassphrase: operation<{ recoveryCode: string }>('learner')(
    z.object({ recoveryCode: z.string().min(1).max(200), newPassphrase: secret }).strict(),
  ),
  leadChangePassphrase: operation<null>('lead')(
    z.object({ oldPassphrase: secret, newPassphrase: secret }).strict(),
  ),
  leadUpdateSettings: operation<Settings>('lead')(leadSettingsSchema),
};
