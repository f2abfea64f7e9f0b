import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function electronImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('only the Electron shell files may import electron', () => {
  it.each([
    'electron/services/ledger/ledger.ts',
    'electron/ipc/router.ts',
    'renderer/app/App.tsx',
    'tests/unit/anything.test.ts',
  ])('%s may not import electron or electron-store', async (filePath) => {
    expect(
      await electronImportErrors(filePath, "import { app } from 'electron';\nvoid app;\n"),
    ).toHaveLength(1);
    expect(
      await electronImportErrors(filePath, "import Store from 'electron-store';\nvoid Store;\n"),
    ).toHaveLength(1);
  });

  it.each([
    'electron/main/main.ts',
    'electron/preload/preload.ts',
    'electron/security/security.ts',
  ])('%s, a shell file, may', async (filePath) => {
    expect(
      await electronImportErrors(filePath, "import { app } from 'electron';\nvoid app;\n"),
    ).toEqual([]);
  });

  it('the renderer may not import Node built-ins', async () => {
    const errors = await electronImportErrors(
      'renderer/app/x.ts',
      "import fs from 'node:fs';\nvoid fs;\n",
    );
    expect(errors).toHaveLength(1);
  });
});

describe('the renderer, common and main zones keep apart', () => {
  it.each([
    [
      'renderer/screens/Probe.tsx',
      "import { Ledger } from '../../electron/services/ledger/ledger';",
    ],
    ['renderer/app/probe.ts', "import { lessonPage } from '../../electron/services/x/y';"],
    ['common/ipc/probe.ts', "import { Ledger } from '../../electron/services/ledger/ledger';"],
    ['common/ipc/probe.ts', "import { App } from '../../renderer/app/App';"],
    ['common/ipc/probe.ts', "import fs from 'node:fs';"],
    [
      'electron/services/lead/probe.ts',
      "import en from '../../../renderer/locales/en-GB/lead.json';",
    ],
    ['electron/ipc/probe.ts', "import { api } from '../../renderer/app/api';"],
  ])('%s may not load %s', async (filePath, importLine) => {
    expect(await electronImportErrors(filePath, `${importLine}\nconsole.log(0);\n`)).toHaveLength(
      1,
    );
  });

  it.each([
    [
      'renderer/screens/Probe.tsx',
      "import type { Ledger } from '../../electron/services/ledger/ledger';",
    ],
    ['renderer/screens/Probe.tsx', "import { LOCALES } from '../../common/i18n/locales';"],
    ['common/ipc/probe.ts', "import type { Ledger } from '../../electron/services/ledger/ledger';"],
    ['electron/services/lead/probe.ts', "import { LOCALES } from '../../../common/i18n/locales';"],
  ])('%s may use %s (types are erased; common is shared)', async (filePath, importLine) => {
    expect(await electronImportErrors(filePath, `${importLine}\nconsole.log(0);\n`)).toEqual([]);
  });
});

describe('conf, electron-store’s engine, is for tests only', () => {
  const importConf = "import Conf from 'conf';\nvoid Conf;\n";

  it.each([
    'electron/main/main.ts',
    'electron/services/settings/settings-service.ts',
    'common/settings/settings-schema.ts',
    'renderer/app/App.tsx',
    'scripts/build-electron.mjs',
  ])('%s, which ships or builds the app, may not import conf', async (filePath) => {
    expect(await electronImportErrors(filePath, importConf)).toHaveLength(1);
  });

  it('a test helper may', async () => {
    expect(await electronImportErrors('tests/support/conf-settings-source.ts', importConf)).toEqual(
      [],
    );
  });
});

describe('every user-visible string goes through i18next', () => {
  async function literalStringErrors(code: string): Promise<number> {
    const [result] = await eslint.lintText(code, { filePath: 'renderer/screens/Probe.tsx' });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string').length;
  }

  it('literal text in a component fails the lint', async () => {
    expect(
      await literalStringErrors('export function A() {\n  return <p>Hello world</p>;\n}\n'),
    ).toBe(1);
  });

  it('a literal accessible name fails the lint', async () => {
    const code = 'export function A() {\n  return <button aria-label="Close window" />;\n}\n';
    expect(await literalStringErrors(code)).toBe(1);
  });

  it('translated text passes', async () => {
    const code =
      "import { useTranslation } from 'react-i18next';\n" +
      "export function A() {\n  const { t } = useTranslation();\n  return <p title={t('x')}>{t('y')}</p>;\n}\n";
    expect(await literalStringErrors(code)).toBe(0);
  });
});
