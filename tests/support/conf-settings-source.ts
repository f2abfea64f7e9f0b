import path from 'node:path';
import Conf from 'conf';
import {
  openSettingsStore,
  SETTINGS_FILE_NAME,
  settingsStoreOptions,
} from '../../electron/services/settings/settings-store-options';
import type { SettingsFileSource } from '../../electron/services/settings/settings-service';

/**
 * Settings on disk through `conf`, electron-store's engine, with the app's own store options
 * (schema, migrations, clearInvalidConfig): the same file and the same checks as the app, in plain
 * Node (unit tests, the e2e harness) where electron-store cannot load. Only tests use it: `conf`
 * is a devDependency.
 */
export function confSettingsSource(directory: string): SettingsFileSource {
  const filePath = path.join(directory, `${SETTINGS_FILE_NAME}.json`);
  return {
    path: filePath,
    open: () =>
      openSettingsStore(
        filePath,
        () =>
          new Conf<Record<string, unknown>>({
            ...settingsStoreOptions(),
            cwd: directory,
            configName: SETTINGS_FILE_NAME,
          }),
      ),
  };
}
