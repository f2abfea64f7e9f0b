import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. Looked up from the package's files rather
 * than by requiring it: `require('electron')` starts a download from GitHub when the binary is
 * missing, which cannot work offline.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = path.resolve('node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { missing: `${pathFile} does not exist` };
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

/** How the e2e specs reach the app: the built renderer in Chromium, or the real Electron app. */
export interface AppModeOptions {
  appMode: 'browser' | 'electron';
}
