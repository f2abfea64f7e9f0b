import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-rules';

/**
 * Maps an `app://esafety/…` request to a file inside `rootDir`, or null. The single-page app's
 * routes have no files, so a path without an extension falls back to index.html.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || path.posix.extname(relative) === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, '.' + path.posix.normalize(relative));
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
