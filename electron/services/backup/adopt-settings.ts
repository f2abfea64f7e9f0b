import type { Settings } from '../../../common/settings/settings-schema';
import type { BackupFile } from './backup-format';

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
> &
  Partial<Pick<Settings, 'timeZone' | 'reminderDays'>>;

/** A backup made before the time-zone setting (settings version 1) has none. */
export type BackupSettings = NonNullable<BackupFile['settings']>;

export function settingsToAdopt(fromBackup: BackupSettings): AdoptedSettings {
  return {
    organisation: fromBackup.organisation,
    refresherMonths: fromBackup.refresherMonths,
    passMarkPercent: fromBackup.passMarkPercent,
    retentionYears: fromBackup.retentionYears,
    leadAutoLockMinutes: fromBackup.leadAutoLockMinutes,
    defaultLocale: fromBackup.defaultLocale,
    // Without one in the backup, this device keeps its own.
    ...('timeZone' in fromBackup ? { timeZone: fromBackup.timeZone } : {}),
    ...('reminderDays' in fromBackup ? { reminderDays: fromBackup.reminderDays } : {}),
  };
}
