import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Only these files may import Electron (or electron-store, which imports it). Everything else —
 * the domain services above all — is plain TypeScript that runs and is tested in Node.
 */
export const ELECTRON_SHELL_FILES = [
  'electron/main/**/*.ts',
  'electron/preload/**/*.ts',
  'electron/security/security.ts',
];

/** electron-store's engine, a devDependency: only tests open settings with it. */
const CONF_BAN = {
  name: 'conf',
  message:
    'conf is a devDependency for tests; the app opens settings with electron-store (electron/main/electron-store-settings.ts).',
};

const electronImportBan = {
  paths: [
    CONF_BAN,
    {
      name: 'electron',
      message: 'Only the shell files (ELECTRON_SHELL_FILES) may import electron.',
    },
    {
      name: 'electron-store',
      message: 'electron-store imports electron; inject a SettingsFileSource instead.',
    },
  ],
};

/**
 * The three zones (mattermost/desktop's `src/common` idea). `common/` is what main and renderer
 * share: the IPC contract, schemas, pure helpers and the locale JSON. The renderer reaches main
 * only through `window.esafety`, so it may name service types (erased at build) but never load
 * service code; `common/` depends on nothing but itself; main never reaches into the renderer.
 */
const NO_NODE = { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' };
const NO_RENDERER = {
  group: ['**/renderer/**'],
  message: 'Main and common code may not import the renderer; shared things live in common/.',
};
const NO_MAIN_CODE = {
  group: ['**/electron/**'],
  message: 'Only types may come from electron/; shared runtime code lives in common/.',
  allowTypeImports: true,
};
const RENDERER_ZONE = [NO_NODE, NO_MAIN_CODE];
const COMMON_ZONE = [NO_NODE, NO_MAIN_CODE, NO_RENDERER];
const MAIN_ZONE = [NO_RENDERER];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // Scratch space: benchmark data and builds (scripts/bench), test reports.
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', electronImportBan],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { ...electronImportBan, patterns: RENDERER_ZONE }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...electronImportBan, patterns: COMMON_ZONE }] },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { ...electronImportBan, patterns: MAIN_ZONE }],
    },
  },
  {
    // Every word a person reads goes through i18next: literal text in JSX, or in the attributes
    // screen readers and tooltips use, fails the lint.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label'],
          },
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: electronImportBan.paths.filter((entry) => entry !== CONF_BAN) },
      ],
    },
  },
  // The shell may import electron; it is still production code, so not conf, nor the renderer.
  {
    files: ELECTRON_SHELL_FILES,
    rules: { 'no-restricted-imports': ['error', { paths: [CONF_BAN], patterns: MAIN_ZONE }] },
  },
);
