// Bundles the Electron main process and the preload with esbuild.
// Why esbuild rather than tsc: a sandboxed preload cannot `require` our other modules, so it must
// be one file; and bundling main lets ESM-only dependencies (electron-store) load from one file.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  logLevel: 'warning',
  external: ['electron'],
};

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
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    platform: 'browser',
  }),
]);
