import path from 'node:path';
import ElectronStore from 'electron-store';
import {
  openSettingsStore,
  SETTINGS_FILE_NAME,
  settingsStoreOptions,
} from '../services/settings/settings-store-options';
import type { SettingsFileSource } from '../services/settings/settings-service';

/**
 * The app's settings: electron-store in the user-data folder, opened with the shared store
 * options (schema, migrations, clearInvalidConfig: false). Tests open the same file the same way
 * through `conf` (tests/support/conf-settings-source.ts).
 */
export function electronStoreSettingsSource(userDataDir: string): SettingsFileSource {
  const filePath = path.join(userDataDir, `${SETTINGS_FILE_NAME}.json`);
  return {
    path: filePath,
    open: () =>
      openSettingsStore(
        filePath,
        () =>
          new ElectronStore<Record<string, unknown>>({
            ...settingsStoreOptions(),
            cwd: userDataDir,
            name: SETTINGS_FILE_NAME,
          }),
      ),
  };
}
