import fs from 'node:fs/promises';
import path from 'node:path';
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAppFile } from '../security/app-paths';
import { SECURITY_HEADERS } from '../security/csp';
import { APP_SCHEME } from '../security/url-rules';

/**
 * Must run before `app` is ready: makes `app://` behave like a secure, standard origin. With
 * `codeCache`, Chromium keeps the renderer's compiled scripts between launches as it does for
 * a website, so from the second launch on the first screen does not wait for React and the app
 * to be compiled again: compiling them is most of the start-up time on an old laptop.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer from `rendererDir` with the app's CSP on every response. */
export function serveRendererOverAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      await fs.access(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(path.resolve(file)).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
