import { CURRENT_SETTINGS_VERSION, settingsSchema } from '../../../common/settings/settings-schema';

/**
 * The one shape a settings file had before it carried `schemaVersion`: an object holding some of
 * the version-1 settings, each valid, and nothing else. `{}` is one (a brand-new, empty file).
 * Anything looser would let a damaged file (`[]`, `null`, a string, someone else's JSON) pass
 * for an old one and be silently replaced by defaults, losing the device's setup.
 */
const preVersioningSchema = settingsSchema.omit({ schemaVersion: true }).partial().strict();

export type SettingsFileShape =
  | { kind: 'absent' }
  /** Versioned: the store's upgrade chain and the schema take it from here. */
  | { kind: 'versioned' }
  | { kind: 'pre-versioning' }
  | { kind: 'unknown'; why: string };

/** Classifies a settings file's text (null when there is no file) before anything opens it. */
export function settingsFileShape(text: string | null): SettingsFileShape {
  if (text === null) return { kind: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unknown', why: 'not JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'unknown', why: 'not a JSON object' };
  }
  if (!('schemaVersion' in json)) {
    return preVersioningSchema.safeParse(json).success
      ? { kind: 'pre-versioning' }
      : { kind: 'unknown', why: 'no schemaVersion and not the pre-versioning shape' };
  }
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unknown', why: 'schemaVersion is not a version' };
  }
  if (version > CURRENT_SETTINGS_VERSION) {
    return { kind: 'unknown', why: `from a newer version (${version})` };
  }
  return { kind: 'versioned' };
}
