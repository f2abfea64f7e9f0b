import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE } from '../../../common/calendar/time-zone';
import {
  CURRENT_SETTINGS_VERSION,
  DEFAULT_ORGANISATION,
  SETTING_DEFAULTS,
} from '../../../common/settings/settings-schema';

/**
 * The upgrade chain: each step lifts a settings object from version N to N+1, so a device that
 * skipped releases still arrives at the current shape. Steps never drop a value they don't know.
 * SettingsService lets only a known shape reach it (see `settingsFileShape`).
 */
type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>;

const upgrades: Record<number, Upgrade> = {
  // 0 is a brand-new (empty) file or one written before versioning: fill every default.
  0: (old) => ({
    locale: 'en-GB',
    defaultLocale: 'en-GB',
    organisation: DEFAULT_ORGANISATION,
    ...SETTING_DEFAULTS,
    deviceId: randomUUID(),
    setupComplete: false,
    ...old,
    schemaVersion: 1,
  }),
  // 2 reads every date on the organisation's calendar; until the lead says otherwise, London's.
  1: (old) => ({ timeZone: DEFAULT_TIME_ZONE, ...old, schemaVersion: 2 }),
  // 3 lists who falls due soon for reminders; a month ahead unless the lead chooses otherwise.
  2: (old) => ({ reminderDays: SETTING_DEFAULTS.reminderDays, ...old, schemaVersion: 3 }),
};

export function upgradeSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  let version = 'schemaVersion' in current ? current.schemaVersion : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new Error(`Not a settings version: ${String(version)}`);
  }
  while (version < CURRENT_SETTINGS_VERSION) {
    const upgrade = upgrades[version];
    if (!upgrade) throw new Error(`No settings upgrade from version ${version}`);
    current = upgrade(current);
    version += 1;
  }
  return current;
}
