import fs from 'node:fs';
import { z } from 'zod';
import { upgradeSettings } from './settings-migrations';
import { CURRENT_SETTINGS_VERSION, settingsSchema } from '../../../common/settings/settings-schema';

/** The settings file's name in the user-data folder, without its `.json`. */
export const SETTINGS_FILE_NAME = 'settings';

/** What a store hands a migration: its whole contents, read and written as one object. */
interface MigratingStore {
  store: Record<string, unknown>;
}

/**
 * The options electron-store (in the app) and `conf`, its engine (in tests), open the settings
 * file with, so both run the same checks:
 *
 * - `schema`: the JSON Schema of the settings, derived from the one zod schema so the rule is
 *   declared once. The store checks every read and write against it.
 * - `migrations`: the store's own upgrade hook runs our versioned upgrade chain, keyed by the
 *   settings version (not the app's), so a device that skipped releases still arrives at the
 *   current shape. The store records which version it migrated to in `__internal__`.
 * - `clearInvalidConfig: false`: a file that is not JSON or fails the schema makes opening throw
 *   instead of being silently emptied, so SettingsService can keep it aside and tell the user.
 */
export function settingsStoreOptions() {
  const { properties, required } = settingsJsonSchema();
  const version = `${CURRENT_SETTINGS_VERSION}.0.0`;
  return {
    schema: {
      ...properties,
      // The store's own bookkeeping (which migration ran) lives beside the settings.
      __internal__: { type: 'object' },
    },
    rootSchema: { required, additionalProperties: false },
    projectVersion: version,
    migrations: {
      [version]: (file: MigratingStore) => {
        file.store = upgradeSettings(file.store);
      },
    },
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  } as const;
}

function settingsJsonSchema(): {
  properties: Record<string, Record<string, unknown>>;
  required: string[];
} {
  // Trimming and other transforms are zod's to apply; the stored file holds their output.
  const schema = z.toJSONSchema(settingsSchema, { unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return { properties: schema.properties ?? {}, required: schema.required ?? [] };
}

/**
 * Opens a store (electron-store or conf) on the settings file. The store's migration writes the
 * file before it validates the result, so when opening fails the file's original bytes are put
 * back first: the copy SettingsService keeps aside is exactly what was on disk.
 */
export function openSettingsStore<Store>(filePath: string, open: () => Store): Store {
  let original: Buffer | null;
  try {
    original = fs.readFileSync(filePath);
  } catch {
    original = null;
  }
  try {
    return open();
  } catch (error) {
    if (original) fs.writeFileSync(filePath, original);
    throw error;
  }
}
