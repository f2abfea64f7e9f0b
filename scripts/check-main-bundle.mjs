// Starts the BUILT main process (dist/electron/main.mjs, as `npm start` would run it) against the
// shared Electron stand-in, since the real binary cannot run here: catches a bundle that breaks
// at start-up (ESM/CommonJS interop, a missing file) that the source-level tests cannot see.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-bundle-'));
try {
  const electronDir = path.join(sandbox, 'node_modules', 'electron');
  fs.mkdirSync(electronDir, { recursive: true });
  fs.writeFileSync(path.join(electronDir, 'package.json'), '{"type":"module","main":"index.mjs"}');
  await build({
    entryPoints: [path.join(root, 'tests/support/electron-mock.ts')],
    outfile: path.join(electronDir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  fs.mkdirSync(path.join(sandbox, 'app'));
  fs.cpSync(path.join(root, 'dist'), path.join(sandbox, 'app', 'dist'), { recursive: true });

  const { app, recorded } = await import(pathToFileURL(path.join(electronDir, 'index.mjs')).href);
  app.appPath = path.join(sandbox, 'app');
  process.env.ESAFETY_USER_DATA_DIR = path.join(sandbox, 'user-data');
  process.env.ESAFETY_CONTENT_DIR = path.join(root, 'content');
  await import(pathToFileURL(path.join(sandbox, 'app', 'dist', 'electron', 'main.mjs')).href);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const frame = { url: 'app://esafety/index.html' };
  const event = { senderFrame: frame, sender: { mainFrame: frame } };
  const content = await recorded.ipcHandlers.get('esafety:getContent')?.(event, { locale: 'cy' });
  const page = await recorded.protocolHandlers.get('app')?.({ url: 'app://esafety/index.html' });
  const problems = [
    recorded.windows.length === 1 ? null : `expected one window, got ${recorded.windows.length}`,
    content?.ok && content.value.modules.length > 0 ? null : 'content did not load over IPC',
    page?.status === 200 ? null : 'the app:// protocol did not serve index.html',
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`main bundle check failed: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(`main bundle OK — ${recorded.ipcHandlers.size} IPC channels, window and app:// up`);
  }
} finally {
  fs.rmSync(sandbox, { recursive: true, force: true });
}
