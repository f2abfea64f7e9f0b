// Starts the BUILT main process (dist/electron/main.mjs, as `npm start` and the Playwright
// `electron` project run it: not packaged, pointed at a data folder and the content by the
// environment) against the shared Electron stand-in, since the real binary cannot run here.
// Catches a bundle that breaks at start-up (ESM/CommonJS interop, a dependency that did not
// bundle, a missing file) that the source-level tests cannot see. The sandbox holds only dist/,
// no node_modules, as an installed app does.
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
  const userData = path.join(sandbox, 'user-data');
  process.env.ESAFETY_USER_DATA_DIR = userData;
  process.env.ESAFETY_CONTENT_DIR = path.join(root, 'content');
  await import(pathToFileURL(path.join(sandbox, 'app', 'dist', 'electron', 'main.mjs')).href);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const frame = { url: 'app://esafety/index.html' };
  const event = { senderFrame: frame, sender: { mainFrame: frame } };
  const content = await recorded.ipcHandlers.get('esafety:getContent')?.(event, { locale: 'cy' });
  const page = await recorded.protocolHandlers.get('app')?.({ url: 'app://esafety/index.html' });
  const reported = await recorded.ipcHandlers.get('esafety:reportRendererError')?.(event, {
    name: 'TypeError',
    message: 'bundle check',
    stack: 'TypeError: bundle check\n    at check (app://esafety/assets/check.js:1:1)',
  });
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const settings = read(path.join(userData, 'settings.json'));
  const log = read(path.join(userData, 'logs', 'main.log'));
  const edit = recorded.menus.at(-1)?.find((menu) => menu.label === 'Edit')?.submenu ?? [];
  const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].filter(
    (font) => !fs.existsSync(path.join(sandbox, 'app', 'dist', 'fonts', font)),
  );
  const problems = [
    recorded.windows.length === 1 ? null : `expected one window, got ${recorded.windows.length}`,
    content?.ok && content.value.modules.length > 0 ? null : 'content did not load over IPC',
    page?.status === 200 ? null : 'the app:// protocol did not serve index.html',
    settings.includes('"__internal__"') ? null : 'electron-store did not write settings.json',
    log.includes('started (development)') ? null : 'nothing was logged to logs/main.log',
    reported?.ok && read(path.join(userData, 'logs', 'main.log')).includes('[renderer] TypeError')
      ? null
      : 'a renderer error did not reach the log',
    ['copy', 'paste'].every((role) => edit.some((item) => item.role === role))
      ? null
      : 'the Edit menu has no copy and paste',
    fonts.length === 0 ? null : `dist/fonts lacks ${fonts.join(', ')}`,
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`main bundle check failed: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `main bundle OK — ${recorded.ipcHandlers.size} IPC channels, window, app://, settings, log, menu and fonts`,
    );
  }
} finally {
  fs.rmSync(sandbox, { recursive: true, force: true });
}
