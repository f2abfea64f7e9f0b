import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/services/errors';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { confSettingsSource } from '../support/conf-settings-source';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reminder-days-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const settingsFile = () => path.join(dir, 'settings.json');
const open = () =>
  SettingsService.open(confSettingsSource(dir), () => new Date('2026-11-22T10:00:00Z'));

describe('the reminder window setting', () => {
  it('a version-2 settings file is upgraded to a 30-day window, keeping everything else', () => {
    const first = open();
    first.update({ timeZone: 'Europe/Paris', refresherMonths: 24 });
    const saved = JSON.parse(fs.readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;
    delete saved.reminderDays;
    const internal = { __internal__: { migrations: { version: '2.0.0' } } };
    fs.writeFileSync(settingsFile(), JSON.stringify({ ...saved, schemaVersion: 2, ...internal }));
    const service = open();
    expect(service.recoveredFrom).toBeNull();
    expect(service.get()).toMatchObject({
      schemaVersion: 3,
      reminderDays: 30,
      timeZone: 'Europe/Paris',
      refresherMonths: 24,
    });
  });

  it('the lead can choose 60 days, and it survives reopening', () => {
    open().update({ reminderDays: 60 });
    expect(open().get().reminderDays).toBe(60);
  });

  it.each([0, 366, 7.5])('%s days is refused and nothing is written', (days) => {
    const service = open();
    const before = fs.readFileSync(settingsFile(), 'utf8');
    expect(() => service.update({ reminderDays: days })).toThrow(DomainError);
    expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(before);
  });
});
