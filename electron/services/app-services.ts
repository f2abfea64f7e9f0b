import type { Locale } from './content/content-schema';
import { ContentService } from './content/content-service';
import type { NativeDialogs } from './platform/native-dialogs';
import { SettingsService, type SettingsFileSource } from './settings/settings-service';

/** Everything the services need from where they run; main and the e2e harness each build one. */
export interface AppEnvironment {
  appName: string;
  appVersion: string;
  /** Where the ledger, signatures, progress and answers live. */
  dataDir: string;
  /** The folder holding `content/<locale>/…`. */
  contentDir: string;
  settingsSource: SettingsFileSource;
  dialogs: NativeDialogs;
  now: () => Date;
  /** Where the certificate fonts are; defaults to the installed @expo-google-fonts/noto-sans. */
  fontsDir?: string;
  /** Lets main rebuild its native menu in the learner's language. */
  onLocaleChanged?: (locale: Locale) => void;
}

export interface AppServices {
  env: AppEnvironment;
  settings: SettingsService;
  content: ContentService;
}

export function createAppServices(env: AppEnvironment): AppServices {
  const settings = SettingsService.open(env.settingsSource, env.now);
  return {
    env,
    settings,
    content: new ContentService(env.contentDir, () => settings.get()),
  };
}
