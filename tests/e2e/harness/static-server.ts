import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { resolveAppFile } from '../../../electron/security/app-paths';
import { SECURITY_HEADERS } from '../../../electron/security/csp';
import { APP_ORIGIN } from '../../../electron/security/url-rules';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Serves the built renderer to Chromium the way Electron's `app://` protocol does: the same path
 * rules and the same security headers (CSP included), on a loopback port.
 */
export async function startStaticServer(
  rootDir: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = resolveAppFile(`${APP_ORIGIN}${request.url ?? '/'}`, rootDir);
    void (async () => {
      try {
        if (!file) throw new Error('outside root');
        const body = await fs.readFile(file);
        response.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        response.writeHead(404, SECURITY_HEADERS);
        response.end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
