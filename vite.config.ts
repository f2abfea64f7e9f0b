import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstScreenModules } from './scripts/vite/bundle-first-screen';
import { preloadFirstPaint } from './scripts/vite/preload-first-paint';

const firstScreen = firstScreenModules('/renderer/boot.tsx', '/renderer/main.tsx');

// The renderer is built as plain static files; Electron serves them from its `app://` protocol and
// the end-to-end tests from a local HTTP server, both with the same CSP header.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), firstScreen.plugin, preloadFirstPaint()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    // No inline <script> or data: module preload polyfill: the CSP allows only 'self' scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // scripts/check-learner-bundle.mjs reads it to prove what the learner's first load contains.
    manifest: true,
    rolldownOptions: {
      output: {
        // The first screen's modules in one chunk (one request, see bundle-first-screen.ts); not
        // their dependencies in the small entry, or the entry would have to wait for that chunk.
        codeSplitting: {
          groups: [{ name: 'boot', test: firstScreen.test, includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
