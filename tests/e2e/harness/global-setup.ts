import { build } from 'esbuild';
import path from 'node:path';

export const BRIDGE_BUNDLE = path.resolve('dist/e2e/browser-bridge.js');

/** Bundles the e2e bridge once per run; the renderer itself is built by `npm run build`. */
export default async function globalSetup(): Promise<void> {
  await build({
    entryPoints: ['tests/e2e/harness/browser-bridge.ts'],
    outfile: BRIDGE_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
}
