import path from 'node:path';

/** Where a packaged app finds its fonts: electron-builder's `extraResources` puts them here. */
export const FONTS_RESOURCE_DIR = 'fonts';

/** How main was started: facts from `app` and `process`, passed in so this file stays pure. */
export interface LaunchFacts {
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository in development, the asar in an installed app. */
  appPath: string;
  /** `process.resourcesPath`: the installed app's resources folder, beside the asar. */
  resourcesPath: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface AppLocations {
  /** A user-data folder the environment chose, or null for Electron's own. */
  userDataOverride: string | null;
  contentDir: string;
  fontsDir: string;
  rendererDir: string;
  preloadPath: string;
}

/**
 * Where the app reads its parts from. ESAFETY_USER_DATA_DIR and ESAFETY_CONTENT_DIR exist for
 * tests and development only: an installed app ignores them, or anyone who can set the
 * environment could swap in a course whose answers are all correct, or another folder of records.
 */
export function appLocations({
  isPackaged,
  appPath,
  resourcesPath,
  env,
}: LaunchFacts): AppLocations {
  const devOverride = (name: string): string | null => {
    const value = env[name];
    return !isPackaged && value ? path.resolve(value) : null;
  };
  return {
    userDataOverride: devOverride('ESAFETY_USER_DATA_DIR'),
    contentDir: devOverride('ESAFETY_CONTENT_DIR') ?? path.join(appPath, 'content'),
    // The build copies the two certificate faces to dist/fonts; packaging ships that folder as
    // an extra resource, outside the asar, rather than a whole npm package inside it.
    fontsDir: isPackaged
      ? path.join(resourcesPath, FONTS_RESOURCE_DIR)
      : path.join(appPath, 'dist', 'fonts'),
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
  };
}
