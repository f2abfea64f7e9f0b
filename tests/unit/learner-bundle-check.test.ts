import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const ON_DEMAND = [
  'screens/setup/SetupScreen.tsx',
  'screens/signing/SignScreen.tsx',
  'screens/signing/CertificateScreen.tsx',
  'screens/lead/LeadLoginScreen.tsx',
  'screens/lead/LeadRecoveryScreen.tsx',
  'screens/lead/LeadAreaScreen.tsx',
];

const WELSH_TEXT = '../common/locales/cy/common.json';

let cleanup: (() => Promise<void>) | undefined;
afterEach(() => cleanup?.());

/**
 * A built renderer in miniature: a manifest and the chunk files it names. As in the app, a
 * small entry loads the app chunk (`boot.tsx`) at once; what that imports statically is first
 * load too.
 */
async function fakeBuild(options: {
  entryCode: string;
  staticLead?: boolean;
  staticWelsh?: boolean;
}): Promise<string> {
  const temp = await withTempDir();
  cleanup = temp.cleanup;
  await mkdir(join(temp.dir, '.vite'), { recursive: true });
  await mkdir(join(temp.dir, 'assets'));
  const manifest: Record<string, object> = {
    'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['boot.tsx'] },
    'boot.tsx': {
      file: 'assets/boot.js',
      name: 'boot',
      isDynamicEntry: true,
      imports: [
        ...(options.staticLead ? ['screens/lead/LeadAreaScreen.tsx'] : []),
        ...(options.staticWelsh ? [WELSH_TEXT] : []),
      ],
    },
    [WELSH_TEXT]: { file: 'assets/common-cy.js', isDynamicEntry: !options.staticWelsh },
  };
  await writeFile(join(temp.dir, 'assets/common-cy.js'), 'export default {}');
  for (const key of ON_DEMAND) {
    const file = `assets/${key.replace(/\W/g, '_')}.js`;
    manifest[key] = { file, isDynamicEntry: true };
    await writeFile(join(temp.dir, file), 'export {}');
  }
  await writeFile(join(temp.dir, 'assets/index.js'), 'import("./boot.js")');
  await writeFile(join(temp.dir, 'assets/boot.js'), options.entryCode);
  await writeFile(join(temp.dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return temp.dir;
}

const check = (dir: string) => run('node', ['scripts/check-learner-bundle.mjs', dir]);

describe("the learner's first load", () => {
  it('passes when setup, signing and the lead area load on demand and zod is absent', async () => {
    const { stdout } = await check(await fakeBuild({ entryCode: 'console.log(1)' }));
    expect(stdout).toMatch(/learner's first load: 2 chunks/);
  });

  it('fails when zod is bundled into the first load', async () => {
    const dir = await fakeBuild({ entryCode: 'class ZodError extends Error {}' });
    await expect(check(dir)).rejects.toMatchObject({
      stderr: expect.stringMatching(/contains zod/),
    });
  });

  it('fails when the lead area is imported statically', async () => {
    const dir = await fakeBuild({ entryCode: 'console.log(1)', staticLead: true });
    await expect(check(dir)).rejects.toMatchObject({
      stderr: expect.stringMatching(/LeadAreaScreen.tsx is in the learner's first load/),
    });
  });

  it('fails when the Welsh text is bundled into the first load', async () => {
    const dir = await fakeBuild({ entryCode: 'console.log(1)', staticWelsh: true });
    await expect(check(dir)).rejects.toMatchObject({
      stderr: expect.stringMatching(/locales\/cy\/common.json is in the learner's first load/),
    });
  });
});
