// Bundles the Electron main process and the preload with esbuild, and copies the certificate
// fonts beside them. Why bundle: a sandboxed preload cannot `require` our other modules, so it
// must be one file; and a main process with every dependency inside one file means the installed
// app ships no node_modules at all (package.json `dependencies` is empty on purpose).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  logLevel: 'warning',
  external: ['electron'],
};

/**
 * The two DejaVu faces the certificate uses (certificate-fonts.ts), and their licence. In
 * development main reads them from dist/fonts; electron-builder ships that folder as the
 * `fonts` extra resource, outside the asar (electron/main/app-locations.ts).
 */
const FONT_SOURCE = 'node_modules/dejavu-fonts-ttf';
const FONT_FILES = ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'LICENSE'];
const FONTS_OUT = 'dist/fonts';

fs.rmSync(FONTS_OUT, { recursive: true, force: true });
fs.mkdirSync(FONTS_OUT, { recursive: true });
for (const file of FONT_FILES) {
  fs.copyFileSync(path.join(FONT_SOURCE, file), path.join(FONTS_OUT, path.basename(file)));
}

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    // Bundled CommonJS dependencies still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  // Worker threads, one CommonJS file each: main runs them from memory (start-worker.ts).
  build({
    ...common,
    entryPoints: {
      'certificate-worker': 'electron/services/workers/certificate-worker.ts',
      'ledger-worker': 'electron/services/workers/ledger-worker.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // Only defaultFontsDir() reads import.meta, and main always hands the worker its fonts folder.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    platform: 'browser',
  }),
]);
