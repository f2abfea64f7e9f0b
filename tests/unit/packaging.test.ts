import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appLocations, FONTS_RESOURCE_DIR } from '../../electron/main/app-locations';
import { certificateFontFiles } from '../../electron/services/certificates/certificate-fonts';

const root = path.resolve(__dirname, '..', '..');
const builderConfig = () =>
  parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
    files: string[];
    extraResources?: Array<{ from: string; to: string }>;
  };

describe('what the installer ships', () => {
  it('has no runtime dependencies: main, preload and renderer are bundled', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('puts the certificate fonts where the installed app reads them, and dev reads the same folder', () => {
    const appPath = '/opt/esafety/resources/app.asar';
    const resourcesPath = '/opt/esafety/resources';
    const packaged = appLocations({ isPackaged: true, appPath, resourcesPath, env: {} });
    const dev = appLocations({ isPackaged: false, appPath: root, resourcesPath: '', env: {} });
    const fonts = builderConfig().extraResources?.find((entry) => entry.to === FONTS_RESOURCE_DIR);
    expect(packaged.fontsDir).toBe(path.join(resourcesPath, FONTS_RESOURCE_DIR));
    expect(fonts?.from).toBe(path.relative(root, dev.fontsDir).split(path.sep).join('/'));
  });
});

describe('where an installed app finds its parts', () => {
  const facts = {
    appPath: '/opt/esafety/resources/app.asar',
    resourcesPath: '/opt/esafety/resources',
    env: { ESAFETY_USER_DATA_DIR: '/tmp/other-data', ESAFETY_CONTENT_DIR: '/tmp/other-course' },
  };

  it('ignores the environment when packaged', () => {
    expect(appLocations({ ...facts, isPackaged: true })).toEqual({
      userDataOverride: null,
      contentDir: path.join(facts.appPath, 'content'),
      fontsDir: path.join(facts.resourcesPath, 'fonts'),
      rendererDir: path.join(facts.appPath, 'dist', 'renderer'),
      preloadPath: path.join(facts.appPath, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('follows the environment in development and tests', () => {
    const dev = appLocations({ ...facts, isPackaged: false });
    expect(dev.userDataOverride).toBe(path.resolve('/tmp/other-data'));
    expect(dev.contentDir).toBe(path.resolve('/tmp/other-course'));
    expect(dev.fontsDir).toBe(path.join(facts.appPath, 'dist', 'fonts'));
  });
});

describe('npm run check:package', () => {
  let project: string;
  const write = (file: string, text = 'x') => {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), text);
  };
  const check = () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/check-packaging.mjs'), project],
      { cwd: os.tmpdir(), encoding: 'utf8' },
    );
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  beforeEach(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-package-'));
    fs.copyFileSync(
      path.join(root, 'electron-builder.yml'),
      path.join(project, 'electron-builder.yml'),
    );
    write('package.json', JSON.stringify({ main: 'dist/electron/main.mjs', dependencies: {} }));
    for (const file of [
      'dist/electron/main.mjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'content/en-GB/aup.json',
      'content/cy/aup.json',
      'content/COVERAGE.md',
    ]) {
      write(file);
    }
    const fonts = certificateFontFiles(path.join(project, 'dist', 'fonts'));
    write(path.relative(project, fonts.regular));
    write(path.relative(project, fonts.bold));
  });
  afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

  it('passes a bundled app and prints the estimated app payload', () => {
    const run = check();
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^app\.asar: 6 files, /m);
    expect(run.out).toMatch(
      /app payload of each installer, estimated: .* plus the Electron runtime/,
    );
    expect(run.code).toBe(0);
  });

  it('fails when a runtime dependency would be packed into the asar again', () => {
    write(
      'package.json',
      JSON.stringify({ main: 'dist/electron/main.mjs', dependencies: { 'lucide-react': '^1' } }),
    );
    const run = check();
    expect(run.err).toContain('package.json dependencies must be empty');
    expect(run.code).toBe(1);
  });

  it('fails when the fonts the packaged app reads would not ship', () => {
    fs.rmSync(path.join(project, 'dist', 'fonts'), { recursive: true });
    const run = check();
    expect(run.err).toContain('extra resource fonts/ would not contain DejaVuSans.ttf');
    expect(run.code).toBe(1);
  });

  it('fails a configuration electron-builder itself would refuse', () => {
    const config = fs.readFileSync(path.join(project, 'electron-builder.yml'), 'utf8');
    write('electron-builder.yml', `${config}\nextraResourcez: []\n`);
    const run = check();
    expect(run.err).toContain("unknown property 'extraResourcez'");
    expect(run.code).toBe(1);
  });
});
