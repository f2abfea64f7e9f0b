import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronStoreSettingsSource } from '../../electron/main/electron-store-settings';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { confSettingsSource } from '../support/conf-settings-source';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => path.join(dir, 'settings.json');
const validSettings = () => {
  SettingsService.open(confSettingsSource(dir));
  return JSON.parse(fs.readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;
};

describe('the settings store checks the file itself', () => {
  it('refuses to open a hand-edited file whose pass mark is out of range, and does not empty it', () => {
    const text = JSON.stringify({ ...validSettings(), passMarkPercent: 500 });
    fs.writeFileSync(settingsFile(), text);
    expect(() => confSettingsSource(dir).open()).toThrow(
      /Config schema violation: `passMarkPercent`/,
    );
    expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(text);
  });

  it('refuses a write that breaks the schema, leaving the file as it was', () => {
    validSettings();
    const before = fs.readFileSync(settingsFile(), 'utf8');
    const file = confSettingsSource(dir).open();
    expect(() => (file.store = { ...file.store, refresherMonths: 0 })).toThrow(/refresherMonths/);
    expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(before);
  });

  it('upgrades a file from before versioning through its own migration, and records that it did', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ locale: 'cy', passMarkPercent: 70 }));
    const file = confSettingsSource(dir).open();
    expect(file.store).toMatchObject({
      schemaVersion: 3,
      locale: 'cy',
      passMarkPercent: 70,
      __internal__: { migrations: { version: '3.0.0' } },
    });
  });

  it('keeps the store’s bookkeeping out of the settings the app reads', () => {
    validSettings();
    expect(Object.keys(SettingsService.open(confSettingsSource(dir)).get())).not.toContain(
      '__internal__',
    );
  });
});

describe('the app’s electron-store source', () => {
  it('opens the same file, with the same checks, as the tests’ conf source', () => {
    const written = SettingsService.open(confSettingsSource(dir));
    written.update({ locale: 'cy', refresherMonths: 24 });
    const read = SettingsService.open(electronStoreSettingsSource(dir)).get();
    expect(read).toEqual(written.get());
  });

  it('keeps an invalid file aside byte for byte and tells the user', () => {
    const text = JSON.stringify({ schemaVersion: 1, locale: 'klingon' });
    fs.writeFileSync(settingsFile(), text);
    const service = SettingsService.open(
      electronStoreSettingsSource(dir),
      () => new Date('2026-11-22T10:00:00Z'),
    );
    expect(service.recoveredFrom).toBe(
      path.join(dir, 'settings.corrupt-2026-11-22T10-00-00-000Z.json'),
    );
    expect(fs.readFileSync(service.recoveredFrom!, 'utf8')).toBe(text);
    expect(service.get()).toMatchObject({ locale: 'en-GB', setupComplete: false });
  });
});
