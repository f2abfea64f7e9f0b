import { z } from 'zod';
import { LOCALES, type ContentPack } from '../../content/content-schema';
import type { Settings } from '../../settings/settings-schema';
import { operation } from '../operation';

export interface AppInfo {
  name: string;
  version: string;
  /** True when the settings file failed validation and was kept aside as `.corrupt`. */
  settingsRecoveredFrom: string | null;
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
