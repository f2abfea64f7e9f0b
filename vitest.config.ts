import { defineConfig } from 'vitest/config';

// Unit tests of plain-TypeScript services run in Node; component tests opt into jsdom per file
// with a `// @vitest-environment jsdom` docblock, so services never see a fake DOM.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // electron-store imports `electron`; inlining it lets the shared Electron stand-in reach it.
    server: { deps: { inline: ['electron-store'] } },
    // Every run (with or without CI=true) also writes a JSON report, from which .ci/run prints
    // one "N passed, N failed" line (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/test-reports/unit.json' },
  },
});
