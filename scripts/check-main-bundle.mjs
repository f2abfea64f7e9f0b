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
import { Worker } from 'node:worker_threads';

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
  const certificate = await builtWorkerCertificate(path.join(sandbox, 'app', 'dist'));
  const problems = [
    certificate === 'done'
      ? null
      : `the certificate worker did not make a certificate: ${certificate}`,
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
      `main bundle OK — ${recorded.ipcHandlers.size} IPC channels, window, app://, settings, log, menu, fonts and the certificate worker`,
    );
  }
} finally {
  fs.rmSync(sandbox, { recursive: true, force: true });
}

/**
 * Runs the bundled certificate worker as main does (electron/services/workers/start-worker.ts:
 * read, then run from memory) on one record; resolves 'done' or what went wrong instead.
 */
async function builtWorkerCertificate(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-worker-'));
  const labels = Object.fromEntries(
    ['heading', 'presentedTo', 'hasCompleted', 'courseInduction', 'courseRefresher']
      .concat(['completedOn', 'expiresOn', 'aupVersion', 'overallScore', 'certificateCode'])
      .concat(['verifyHint'])
      .map((key) => [key, key]),
  );
  labels.roles = { staff: 'staff' };
  const record = {
    recordId: '3f1c1e3e-2d4b-4c1a-9f0e-1a2b3c4d5e6f',
    learner: { fullName: 'Siân Prys', role: 'staff', identifier: 'sian@example.org' },
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupVersionSha256: 'c'.repeat(64),
    locale: 'en-GB',
    moduleScores: [],
    overallPercent: 90,
    startedAt: '2026-01-01T10:00:00.000Z',
    completedAt: '2026-01-01T10:00:00.000Z',
    signedAt: '2026-01-01T10:00:00.000Z',
    deviceId: 'bundle-check',
    signatureMethod: 'typed',
    signatureSha256: 'b'.repeat(64),
    certificateCode: 'ABCD-EFGH-JKMN-PQRS',
    expiresOn: '2027-01-01',
    organisationName: 'Bundle check',
  };
  const code = fs.readFileSync(path.join(dist, 'electron', 'certificate-worker.cjs'), 'utf8');
  const worker = new Worker(code, {
    eval: true,
    workerData: {
      job: { kind: 'folder', records: [record], payloads: ['bundle-check'], timeZone: 'UTC', dir },
      fontsDir: path.join(dist, 'fonts'),
      labels: { 'en-GB': labels, cy: labels },
    },
  });
  try {
    return await new Promise((resolve) => {
      worker.on('message', (message) => {
        if (message.type === 'done') resolve(fs.readdirSync(dir).length === 1 ? 'done' : 'no file');
        else if (message.type !== 'progress') resolve(JSON.stringify(message));
      });
      worker.on('error', (error) => resolve(String(error)));
    });
  } finally {
    await worker.terminate();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
