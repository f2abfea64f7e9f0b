import { z } from 'zod';
import { LOCALES, type ContentPack } from '../../content/content-schema';
import type { Settings } from '../../settings/settings-schema';
import { operation } from '../operation';

export interface AppInfo {
  name: string;
  version: string;
  /** True when the settings file failed validation and was kept aside as `.corrupt`. */
  settingsRecoveredFrom: string | null;
  /**
   * True when the settings say the device is not set up although it has a lead passphrase: the
   * settings file was lost or reset (or setup stopped half-way), so the organisation's details
   * are back to their defaults while its records are not. The first screen says so.
   */
  settingsLost?: boolean;
}

/** Everything the first screen needs, in one call so the window is interactive sooner. */
export interface Startup {
  info: AppInfo;
  settings: Settings;
}

export const appOperations = {
  getStartup: operation<Startup>('learner')(z.void()),
  getSettings: operation<Settings>('learner')(z.void()),
  setLocale: operation<Settings>('learner')(z.object({ locale: z.enum(LOCALES) }).strict()),
  getContent: operation<ContentPack>('learner')(z.object({ locale: z.enum(LOCALES) }).strict()),
};
