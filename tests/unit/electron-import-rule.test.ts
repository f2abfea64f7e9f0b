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
    expect(await electronImportErrors(filePath, "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(
      await electronImportErrors(filePath, "import Store from 'electron-store';\nvoid Store;\n"),
    ).toHaveLength(1);
  });

  it.each(['electron/main/main.ts', 'electron/preload/preload.ts', 'electron/security/security.ts'])(
    '%s, a shell file, may',
    async (filePath) => {
      expect(await electronImportErrors(filePath, "import { app } from 'electron';\nvoid app;\n")).toEqual([]);
    },
  );

  it('the renderer may not import Node built-ins', async () => {
    const errors = await electronImportErrors('renderer/app/x.ts', "import fs from 'node:fs';\nvoid fs;\n");
    expect(errors).toHaveLength(1);
  });
});
