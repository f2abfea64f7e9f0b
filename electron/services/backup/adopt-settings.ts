import type { Settings } from '../../../common/settings/settings-schema';

/**
 * The settings a replacement device takes over from a backup: who the organisation is, who to
 * tell, and the training rules. Never the device's own identity, its setup state or the
 * current learner's language, and never secrets (a backup holds none).
 */
export type AdoptedSettings = Pick<
  Settings,
  | 'organisation'
  | 'refresherMonths'
  | 'passMarkPercent'
  | 'retentionYears'
  | 'leadAutoLockMinutes'
  | 'defaultLocale'
>;

export function settingsToAdopt(fromBackup: Settings): AdoptedSettings {
  return {
    organisation: fromBackup.organisation,
    refresherMonths: fromBackup.refresherMonths,
    passMarkPercent: fromBackup.passMarkPercent,
    retentionYears: fromBackup.retentionYears,
    leadAutoLockMinutes: fromBackup.leadAutoLockMinutes,
    defaultLocale: fromBackup.defaultLocale,
  };
}
