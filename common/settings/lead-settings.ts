import type { z } from 'zod';
import { organisationSchema, settingsSchema, type Settings } from './settings-schema';

/**
 * What the lead may change in the settings tab (never the device id or setup state): the same
 * rules as the settings file, and the organisation's details as required as they are at setup.
 */
export const leadSettingsSchema = settingsSchema
  .pick({
    refresherMonths: true,
    passMarkPercent: true,
    defaultLocale: true,
    leadAutoLockMinutes: true,
    retentionYears: true,
    timeZone: true,
    reminderDays: true,
  })
  .extend({ organisation: organisationSchema.strict() })
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
    timeZone: settings.timeZone,
    reminderDays: settings.reminderDays,
  };
}
