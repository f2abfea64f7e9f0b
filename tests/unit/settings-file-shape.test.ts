import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confSettingsSource } from '../support/conf-settings-source';
import { CURRENT_SETTINGS_VERSION } from '../../common/settings/settings-schema';
import { SettingsService } from '../../electron/services/settings/settings-service';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-settings-shape-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => path.join(dir, 'settings.json');
const open = () =>
  SettingsService.open(confSettingsSource(dir), () => new Date('2026-11-22T10:00:00Z'));
const asideName = path.join('settings.corrupt-2026-11-22T10-00-00-000Z.json');

describe('a settings file that is not a shape this app knows is kept aside, and the user told', () => {
  it.each([
    ['an empty array', '[]'],
    ['null', 'null'],
    ['a string', '"settings"'],
    ['a number', '42'],
    ['an empty file', ''],
    ['someone else’s JSON', JSON.stringify({ theme: 'dark', windowBounds: { x: 1 } })],
    ['old-looking settings with a stranger key', JSON.stringify({ locale: 'cy', extra: true })],
    ['old-looking settings with a wrong value', JSON.stringify({ passMarkPercent: 'eighty' })],
    ['a version that is not a number', JSON.stringify({ schemaVersion: '1', locale: 'cy' })],
    ['version 0', JSON.stringify({ schemaVersion: 0 })],
  ])('%s', (_, text) => {
    fs.writeFileSync(settingsFile(), text);
    const service = open();
    expect(service.recoveredFrom).toBe(path.join(dir, asideName));
    // Byte for byte: the lead (or IT support) can still see what was there.
    expect(fs.readFileSync(service.recoveredFrom!, 'utf8')).toBe(text);
    expect(service.get()).toMatchObject({
      schemaVersion: CURRENT_SETTINGS_VERSION,
      setupComplete: false,
    });
  });
});

describe('the shapes it knows are opened in place', () => {
  it('an empty object is a brand-new file, not a damaged one', () => {
    fs.writeFileSync(settingsFile(), '{}');
    const service = open();
    expect(service.recoveredFrom).toBeNull();
    expect(service.get()).toMatchObject({
      schemaVersion: CURRENT_SETTINGS_VERSION,
      passMarkPercent: 80,
    });
  });

  it('a file from before versioning (some version-1 settings, each valid) keeps its values', () => {
    const old = { locale: 'cy', refresherMonths: 24, setupComplete: true, deviceId: 'device-1' };
    fs.writeFileSync(settingsFile(), JSON.stringify(old));
    const service = open();
    expect(service.recoveredFrom).toBeNull();
    expect(service.get()).toMatchObject({ ...old, schemaVersion: CURRENT_SETTINGS_VERSION });
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });

  it('a set-up device’s settings survive reopening untouched', () => {
    const first = open();
    first.update({
      setupComplete: true,
      organisation: {
        orgName: 'Clwb Ieuenctid',
        esafetyLeadName: 'Siân Llŵyd',
        esafetyLeadContact: '01234 567890',
        safeguardingLeadName: 'Ólafur Ragnar',
        safeguardingLeadContact: 'diogelu@example.org',
      },
    });
    const again = open();
    expect(again.recoveredFrom).toBeNull();
    expect(again.get()).toEqual(first.get());
  });
});
