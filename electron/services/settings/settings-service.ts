import fs from 'node:fs';
import { DomainError } from '../errors';
import { salvageSettings } from './salvage-settings';
import { settingsFileShape } from './settings-file-shape';
import { upgradeSettings } from './settings-migrations';
import { settingsSchema, type Settings } from '../../../common/settings/settings-schema';

/**
 * The part of electron-store (and of `conf`, its engine, in tests) that this service uses. Both
 * read the file on every `store` access and write it atomically on assignment.
 */
export interface SettingsFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Where the settings file lives, and how to open it (electron-store in the app, conf in tests). */
export interface SettingsFileSource {
  readonly path: string;
  open(): SettingsFile;
}

/**
 * Settings, validated and versioned. A file that is not a known shape (not JSON; `[]`, `null` or
 * a string; an object that is neither versioned nor the pre-versioning shape; a newer version),
 * cannot be read, or fails validation is moved aside as `<name>.corrupt-<time>.json` (never
 * wiped), every setting in it that is still sound is kept and the rest take their defaults (see
 * salvageSettings), and `recoveredFrom` tells the UI so the user can be told where the old file
 * went.
 *
 * The validated settings are kept in memory and replaced on every `update`: only this process
 * writes the file (the app holds a single-instance lock), and reading and re-validating it on
 * every `get` cost several file reads and schema checks per learner answer.
 */
export class SettingsService {
  private current: Settings;

  private constructor(
    private readonly file: SettingsFile,
    readonly recoveredFrom: string | null,
  ) {
    this.current = readBack(file);
  }

  static open(source: SettingsFileSource, now: () => Date = () => new Date()): SettingsService {
    let file: SettingsFile;
    let text: string | null = null;
    try {
      // Checked on the raw text, before the store opens it: the store would read `[]` or `null`
      // as an empty object, which the upgrade chain would take for a brand-new file.
      text = readIfPresent(source.path);
      const shape = settingsFileShape(text);
      if (shape.kind === 'unknown') throw new Error(`settings file: ${shape.why}`);
      file = source.open();
      file.store = settingsSchema.parse(upgradeSettings(file.store));
      return new SettingsService(file, null);
    } catch {
      const aside = moveAside(source.path, now());
      file = source.open();
      file.store = salvageSettings(text);
      return new SettingsService(file, aside);
    }
  }

  /** The settings as last validated and saved. Frozen: change them with `update`. */
  get(): Settings {
    return this.current;
  }

  /**
   * Gives the settings back the device's own id, kept beside its records (see keptDeviceId), when
   * the settings file was lost or reset and so made a new one. Nothing else may change the id.
   */
  restoreDeviceId(deviceId: string): Settings {
    this.file.store = settingsSchema.parse({ ...this.current, deviceId });
    this.current = readBack(this.file);
    return this.current;
  }

  update(patch: Partial<Omit<Settings, 'schemaVersion' | 'deviceId'>>): Settings {
    const next = settingsSchema.safeParse({ ...this.current, ...patch });
    if (!next.success) {
      const issue = next.error.issues[0];
      // `problem` is the field's own message (see field-message.ts), so the form can show it.
      throw new DomainError('settings-invalid', 'errors.settings.invalid', {
        path: issue?.path.join('.') ?? '',
        problem: issue?.message ?? '',
      });
    }
    this.file.store = next.data;
    this.current = readBack(this.file);
    return this.current;
  }
}

/**
 * The settings as the store holds them once written (its own migrations and bookkeeping
 * applied), validated: read back once per write, never per `get`.
 */
function readBack(file: SettingsFile): Settings {
  const parsed = settingsSchema.safeParse(file.store);
  if (!parsed.success) throw new DomainError('settings-invalid', 'errors.settings.invalid');
  return frozen(parsed.data);
}

/** A copy no caller can change by accident (it is shared by every `get`). */
function frozen(settings: Settings): Settings {
  return Object.freeze({ ...settings, organisation: Object.freeze({ ...settings.organisation }) });
}

function readIfPresent(filePath: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function moveAside(filePath: string, at: Date): string | null {
  if (!fs.existsSync(filePath)) return null;
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const aside = filePath.replace(/\.json$/, '') + `.corrupt-${stamp}.json`;
  fs.renameSync(filePath, aside);
  return aside;
}
