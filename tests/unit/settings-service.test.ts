import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { DomainError } from '../../electron/services/errors';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => path.join(dir, 'settings.json');
const open = () =>
  SettingsService.open(confSettingsSource(dir), () => new Date('2026-11-22T10:00:00Z'));

describe('settings on disk', () => {
  it('a brand-new device gets defaults: English, a 12-month refresher, an 80% pass mark, not set up', () => {
    const settings = open().get();
    expect(settings).toMatchObject({
      schemaVersion: 3,
      locale: 'en-GB',
      refresherMonths: 12,
      passMarkPercent: 80,
      setupComplete: false,
    });
    expect(settings.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a change is saved and survives reopening, and the device id never changes', () => {
    const first = open();
    const deviceId = first.get().deviceId;
    first.update({ locale: 'cy', refresherMonths: 24 });
    const again = open().get();
    expect(again).toMatchObject({ locale: 'cy', refresherMonths: 24, deviceId });
  });

  it('an invalid change is refused with a typed error and nothing is written', () => {
    const service = open();
    const before = fs.readFileSync(settingsFile(), 'utf8');
    expect(() => service.update({ passMarkPercent: 150 })).toThrow(DomainError);
    expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(before);
  });

  it('a file from before versioning is upgraded, keeping the values it had', () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ locale: 'cy', passMarkPercent: 70 }));
    const service = open();
    expect(service.recoveredFrom).toBeNull();
    expect(service.get()).toMatchObject({ schemaVersion: 3, locale: 'cy', passMarkPercent: 70 });
  });

  it.each([
    ['unreadable JSON', '{"locale": "cy", '],
    ['a value of the wrong type', JSON.stringify({ schemaVersion: 1, locale: 'klingon' })],
    ['a file from a newer version', JSON.stringify({ schemaVersion: 99 })],
  ])('a file with %s is kept aside as .corrupt, never wiped, and the user is told', (_, text) => {
    fs.writeFileSync(settingsFile(), text);
    const service = open();
    expect(service.recoveredFrom).toBe(
      path.join(dir, 'settings.corrupt-2026-11-22T10-00-00-000Z.json'),
    );
    expect(fs.readFileSync(service.recoveredFrom!, 'utf8')).toBe(text);
    expect(service.get().setupComplete).toBe(false);
  });
});

describe('reading settings while learners work', () => {
  /** A settings file that counts how often its contents are read from disk. */
  function countingSource() {
    const source = confSettingsSource(dir);
    let reads = 0;
    return {
      reads: () => reads,
      source: {
        path: source.path,
        open: () => {
          const file = source.open();
          return {
            path: file.path,
            get store() {
              reads += 1;
              return file.store;
            },
            set store(value: Record<string, unknown>) {
              file.store = value;
            },
          };
        },
      },
    };
  }

  it('are read and checked once, not again for every answer', () => {
    const counting = countingSource();
    const service = SettingsService.open(counting.source);
    const afterOpen = counting.reads();
    for (let n = 0; n < 50; n += 1) service.get();
    expect(counting.reads()).toBe(afterOpen);
  });

  it('a saved change is what the next read returns, and survives reopening', () => {
    const service = open();
    service.update({ passMarkPercent: 90 });
    expect(service.get().passMarkPercent).toBe(90);
    expect(open().get().passMarkPercent).toBe(90);
  });

  it('a refused change leaves the settings in use as they were', () => {
    const service = open();
    expect(() => service.update({ refresherMonths: 0 })).toThrow(DomainError);
    expect(service.get().refresherMonths).toBe(12);
  });

  it('the settings handed out cannot be changed by accident behind the file', () => {
    const service = open();
    const settings = service.get();
    expect(() => {
      (settings as { locale: string }).locale = 'cy';
    }).toThrow(TypeError);
    expect(() => {
      (settings.organisation as { orgName: string }).orgName = 'Elsewhere';
    }).toThrow(TypeError);
    expect(open().get().locale).toBe('en-GB');
  });
});
