import fs from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadSettingsSchema } from '../../common/ipc/operations/lead-operations';
import type { Settings } from '../../common/settings/settings-schema';
import { settingsToAdopt } from '../../electron/services/backup/adopt-settings';
import { computeManifest } from '../../electron/services/backup/backup-manifest';
import { createBackup } from '../../electron/services/backup/create-backup';
import { verifyBackupFile } from '../../electron/services/backup/inspect-backup';
import { DomainError } from '../../electron/services/errors';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { confSettingsSource } from '../support/conf-settings-source';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_KEY } from '../support/test-device-key';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const settingsFile = () => path.join(dir, 'settings.json');
const open = () => SettingsService.open(confSettingsSource(dir));

/** A complete settings file as version 1 wrote it, before the time zone was a setting. */
const VERSION_1 = {
  schemaVersion: 1,
  locale: 'cy',
  defaultLocale: 'cy',
  organisation: {
    orgName: 'Ysgol Aber',
    esafetyLeadName: 'Lead',
    esafetyLeadContact: 'lead@example.org',
    safeguardingLeadName: 'Guard',
    safeguardingLeadContact: 'guard@example.org',
  },
  refresherMonths: 24,
  passMarkPercent: 70,
  retentionYears: null,
  leadAutoLockMinutes: 10,
  deviceId: 'device-before',
  setupComplete: true,
} as const;

const CURRENT: Settings = {
  ...VERSION_1,
  schemaVersion: 3,
  timeZone: 'Europe/Paris',
  reminderDays: 30,
};

describe('the organisation’s time zone setting', () => {
  it('a version-1 settings file is upgraded to Europe/London, keeping everything else', () => {
    // As electron-store wrote it: its migration bookkeeping says version 1 ran.
    const internal = { __internal__: { migrations: { version: '1.0.0' } } };
    fs.writeFileSync(settingsFile(), JSON.stringify({ ...VERSION_1, ...internal }));
    const service = open();
    expect(service.recoveredFrom).toBeNull();
    expect(service.get()).toEqual({
      ...VERSION_1,
      schemaVersion: 3,
      timeZone: 'Europe/London',
      reminderDays: 30,
    });
    expect(JSON.parse(fs.readFileSync(settingsFile(), 'utf8'))).toMatchObject({
      schemaVersion: 3,
      timeZone: 'Europe/London',
    });
  });

  it('a new device starts in Europe/London', () => {
    expect(open().get().timeZone).toBe('Europe/London');
  });

  it('the lead can choose another zone, and it survives reopening', () => {
    open().update({ timeZone: 'America/New_York' });
    expect(open().get().timeZone).toBe('America/New_York');
  });

  it.each(['Mars/Olympus_Mons', '', 'Europe/London\u202e'])(
    'an unknown zone %j is refused with a typed error and nothing is written',
    (timeZone) => {
      const service = open();
      const before = fs.readFileSync(settingsFile(), 'utf8');
      expect(() => service.update({ timeZone })).toThrow(DomainError);
      expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(before);
      expect(
        leadSettingsSchema.shape.timeZone.safeParse(timeZone).success,
        'the lead settings form refuses it too',
      ).toBe(false);
    },
  );
});

describe('time zones in backups', () => {
  it('a backup made before the setting still verifies, and adopting it keeps this device’s zone', async () => {
    const file = path.join(dir, 'backup.json');
    await createBackup(path.join(dir, 'source'), CURRENT, file, TEST_KEY);
    // Rewrite it as version 1 of the app wrote it: settings version 1, no time zone, no seal and
    // no checkpoint (both came with backup format 2).
    const backup = JSON.parse(await readFile(file, 'utf8'));
    delete backup.manifest;
    delete backup.seal;
    delete backup.checkpoint;
    backup.formatVersion = 1;
    backup.settings = VERSION_1;
    await writeFile(file, JSON.stringify({ ...backup, manifest: computeManifest(backup) }));

    const { file: verified } = await verifyBackupFile(file, TEST_KEY);
    expect(verified.settings).toEqual(VERSION_1);
    const device = open();
    device.update({ timeZone: 'Pacific/Auckland' });
    device.update(settingsToAdopt(verified.settings ?? CURRENT));
    expect(device.get()).toMatchObject({ timeZone: 'Pacific/Auckland', refresherMonths: 24 });
  });

  it('a backup with a zone carries it to a replacement device', async () => {
    const file = path.join(dir, 'backup.json');
    await createBackup(path.join(dir, 'source'), CURRENT, file, TEST_KEY);
    const { file: backup } = await verifyBackupFile(file, TEST_KEY);
    const device = open();
    device.update(settingsToAdopt(backup.settings ?? CURRENT));
    expect(device.get().timeZone).toBe('Europe/Paris');
  });
});
