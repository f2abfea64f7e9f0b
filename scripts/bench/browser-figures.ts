import react from '@vitejs/plugin-react';
import { chromium, type Browser } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import { createRouter } from '../../electron/ipc/router';
import { trustedSenderCheck } from '../../electron/security/url-rules';
import { startStaticServer } from '../../tests/e2e/harness/static-server';
import { median, type Measurement } from './bench-result';
import type { Dataset } from './bench-data';
import { benchServices } from './data-figures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_DIST = path.join(ROOT, 'dist', 'renderer');
const HELLO_DIST = path.join(ROOT, '.tmp', 'bench-hello');
const BRIDGE = path.join(ROOT, '.tmp', 'bench-bridge.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Loads of each page per size: medians of this many steady the figure on a shared machine. */
const LOADS = 15;

/** Records when the first screen's heading is on screen and the main thread is free again. */
const INTERACTIVE_PROBE = `
  window.__interactiveAt = new Promise((resolve) => {
    const ready = () => {
      if (!document.querySelector('h1#welcome-title')) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    new MutationObserver((_, observer) => { if (ready()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  });`;

export interface BuiltApps {
  /** gzip bytes of the learner's first load (check-learner-bundle's measure) and of the floor. */
  appJsGzip: number;
  helloJsGzip: number;
}

/** Builds the app's renderer (unless told not to) and the bare Vite + React hello app. */
export async function buildApps(buildApp: boolean): Promise<BuiltApps> {
  if (buildApp)
    await viteBuild({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await viteBuild({
    configFile: false,
    root: path.join(import.meta.dirname, 'hello-app'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: {
      outDir: HELLO_DIST,
      emptyOutDir: true,
      target: 'chrome140',
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
    },
  });
  await esbuild({
    entryPoints: [path.join(ROOT, 'tests/e2e/harness/browser-bridge.ts')],
    outfile: BRIDGE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const { stdout } = await promisify(execFile)(process.execPath, [
    path.join(ROOT, 'scripts/check-learner-bundle.mjs'),
    APP_DIST,
  ]);
  const match = /\(([\d.]+) KB gzip\)/.exec(stdout);
  if (!match?.[1]) throw new Error(`unexpected check-learner-bundle output: ${stdout}`);
  let helloJsGzip = 0;
  const assets = path.join(HELLO_DIST, 'assets');
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) {
    helloJsGzip += gzipSync(await readFile(path.join(assets, name))).length;
  }
  return { appJsGzip: Number(match[1]) * 1024, helloJsGzip };
}

export function initialJsFigure(apps: BuiltApps): Measurement {
  return {
    figure: "learner's initial JS",
    records: null,
    value: apps.appJsGzip / 1024,
    unit: 'KB gzip',
    floor: apps.helloJsGzip / 1024,
    budget: { max: 120, of: 'value' },
    note: 'the built renderer does not depend on the records, so it is measured once',
  };
}

/**
 * Navigation to an interactive welcome screen, the app (served with its CSP, talking to the
 * real main-process handlers on the data set) against the hello app, in fresh browser contexts,
 * alternating so that background load affects both alike. Median of `LOADS` each.
 */
export async function navigationFigure(data: Dataset): Promise<Measurement> {
  const appServer = await startStaticServer(APP_DIST);
  const helloServer = await startStaticServer(HELLO_DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const services = benchServices(data.dir);
    const dispatch = createRouter({
      handlers: createHandlers(services),
      admitLead: () => services.leadSession.admit(services.env.now()),
      isTrustedSender: trustedSenderCheck(appServer.origin),
      logError: (error, channel) => console.error(`IPC ${channel} failed`, error),
    });
    const app: number[] = [];
    const hello: number[] = [];
    for (let n = 0; n < LOADS; n += 1) {
      hello.push(await load(browser, `${helloServer.origin}/index.html`));
      app.push(
        await load(browser, `${appServer.origin}/index.html`, async (context) => {
          await context.exposeBinding(
            '__esafetyInvoke',
            (source, channel: string, input: unknown) =>
              dispatch(channel, input, {
                url: source.frame.url(),
                isMainFrame: source.frame === source.page.mainFrame(),
              }),
          );
          await context.addInitScript({ path: BRIDGE });
        }),
      );
    }
    return {
      figure: 'navigation → interactive welcome',
      records: data.records,
      value: median(app),
      unit: 'ms',
      floor: median(hello),
      budget: { max: 1.3, of: 'floor' },
    };
  } finally {
    await browser.close();
    await appServer.close();
    await helloServer.close();
  }
}

async function load(
  browser: Browser,
  url: string,
  prepare?: (context: Awaited<ReturnType<Browser['newContext']>>) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    await prepare?.(context);
    await context.addInitScript(INTERACTIVE_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      () => (window as unknown as { __interactiveAt: Promise<number> }).__interactiveAt,
    );
  } finally {
    await context.close();
  }
}
