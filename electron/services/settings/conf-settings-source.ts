import path from 'node:path';
import Conf from 'conf';
import type { SettingsFile, SettingsFileSource } from './settings-service';

/**
 * Settings on disk through `conf`, electron-store's engine: the same file format and atomic
 * writes, usable in plain Node (tests, the e2e harness) where electron-store cannot load.
 */
export function confSettingsSource(directory: string): SettingsFileSource {
  return {
    path: path.join(directory, 'settings.json'),
    open: () =>
      new Conf<Record<string, unknown>>({
        cwd: directory,
        configName: 'settings',
        accessPropertiesByDotNotation: false,
      }) as unknown as SettingsFile,
  };
}
