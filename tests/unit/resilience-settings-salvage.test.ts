import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { confSettingsSource } from '../support/conf-settings-source';

let dir: string;
const at = () => new Date('2026-11-29T10:00:00Z');

/** A device set up and in use, as its settings file holds it. */
function setUpDevice(): ReturnType<SettingsService['get']> {
  const service = SettingsService.open(confSettingsSource(dir));
  return service.update({
    setupComplete: true,
    organisation: {
      orgName: 'Clwb Ieuenctid Glan yr Afon',
      esafetyLeadName: 'Siân Llŵyd',
      esafetyLeadContact: '01234 567890',
      safeguardingLeadName: 'Pat Guard',
      safeguardingLeadContact: 'safe@example.org',
    },
    refresherMonths: 24,
    passMarkPercent: 90,
    timeZone: 'Europe/Dublin',
    locale: 'cy',
  });
}

/** Edits the file on disk as a person or a broken tool might. */
function editFile(edit: (json: Record<string, unknown>) => void): string {
  const file = confSettingsSource(dir).path;
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  const text = JSON.stringify(json, null, 2);
  fs.writeFileSync(file, text);
  return text;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-settings-salvage-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a settings file with one bad value', () => {
  it('keeps every other setting, the device id and its setup, and still keeps the file aside', () => {
    const before = setUpDevice();
    const text = editFile((json) => {
      json.passMarkPercent = 'eighty';
    });
    const service = SettingsService.open(confSettingsSource(dir), at);
    expect(service.recoveredFrom).not.toBeNull();
    expect(fs.readFileSync(service.recoveredFrom!, 'utf8')).toBe(text);
    // Only the bad value is back to its default; the device is not sent back to first-run setup.
    expect(service.get()).toEqual({ ...before, passMarkPercent: 80 });
  });

  it('a bad contact costs only that contact, not the organisation’s name or the other lead', () => {
    const before = setUpDevice();
    editFile((json) => {
      (json.organisation as Record<string, unknown>).esafetyLeadContact = 42;
      json.timeZone = 'Mars/Olympus_Mons';
    });
    const service = SettingsService.open(confSettingsSource(dir), at);
    expect(service.get()).toEqual({
      ...before,
      timeZone: 'Europe/London',
      organisation: { ...before.organisation, esafetyLeadContact: '' },
    });
  });

  it('what it kept is what the app reads after the next restart', () => {
    setUpDevice();
    editFile((json) => {
      json.locale = 42;
    });
    const salvaged = SettingsService.open(confSettingsSource(dir), at).get();
    const reopened = SettingsService.open(confSettingsSource(dir), at);
    expect(reopened.recoveredFrom).toBeNull();
    expect(reopened.get()).toEqual(salvaged);
  });

  it('a file that is not settings at all still starts afresh', () => {
    setUpDevice();
    fs.writeFileSync(confSettingsSource(dir).path, '{ "schemaVersion": 3, "locale": "en-GB", ');
    const service = SettingsService.open(confSettingsSource(dir), at);
    expect(service.get()).toMatchObject({ setupComplete: false, passMarkPercent: 80 });
  });
});
