import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..');
const workflowsDir = path.join(root, '.github', 'workflows');

function lintWorkflows(dir: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/lint-workflows.mjs'), dir], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  strategy: { matrix: { include: Array<{ os: string }> } };
  steps: Step[];
}

describe('npm run lint:workflows', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-workflows-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes the workflows in .github/workflows', () => {
    const run = lintWorkflows(workflowsDir);
    expect(run.out).toContain('workflow OK: release.yml');
    expect(run.code).toBe(0);
  });

  it('fails a workflow with a misspelt key, naming the file and the key', () => {
    const text = fs.readFileSync(path.join(workflowsDir, 'release.yml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'release.yml'), text.replace('runs-on:', 'runs_on:'));
    const run = lintWorkflows(dir);
    expect(run.err).toContain('workflow INVALID: release.yml');
    expect(run.err).toContain("Additional property 'runs_on' is not allowed");
    expect(run.code).toBe(1);
  });

  it('fails when there is no workflow to check', () => {
    expect(lintWorkflows(dir).code).toBe(1);
  });
});

describe('the release workflow', () => {
  const workflow = parse(fs.readFileSync(path.join(workflowsDir, 'release.yml'), 'utf8')) as {
    jobs: Record<string, Job>;
  };
  const job = Object.values(workflow.jobs)[0]!;
  const runs = job.steps.map((step) => step.run ?? '');

  it('runs on Linux, Windows and macOS', () => {
    expect(job.strategy.matrix.include.map((entry) => entry.os).sort()).toEqual([
      'macos-latest',
      'ubuntu-latest',
      'windows-latest',
    ]);
  });

  it('fetches Electron’s binary and insists the electron e2e project runs', () => {
    expect(runs).toContain('node node_modules/electron/install.js');
    expect(job.env?.ESAFETY_REQUIRE_ELECTRON).toBe('1');
  });

  it('runs npm test, under a virtual display on Linux', () => {
    const linux = job.steps.find(
      (step) => step.if === "runner.os == 'Linux'" && step.run?.includes('npm test'),
    );
    const others = job.steps.find(
      (step) => step.if === "runner.os != 'Linux'" && step.run === 'npm test',
    );
    expect(linux?.run).toBe('xvfb-run --auto-servernum npm test');
    expect(others).toBeDefined();
  });

  it('builds the installers after the tests and keeps them as artefacts', () => {
    const build = runs.findIndex((run) => run.startsWith('npx electron-builder'));
    const test = runs.findIndex((run) => run === 'npm test');
    expect(build).toBeGreaterThan(test);
    const upload = job.steps.find((step) => step.name === 'Installers');
    expect(upload?.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});

describe('a run that must test the real app', () => {
  const cwd = process.cwd();
  let empty: string;
  beforeEach(() => {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-no-electron-'));
    process.chdir(empty);
    vi.resetModules();
  });
  afterEach(() => {
    process.chdir(cwd);
    delete process.env.ESAFETY_REQUIRE_ELECTRON;
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('fails instead of skipping the electron project when the binary is missing', async () => {
    process.env.ESAFETY_REQUIRE_ELECTRON = '1';
    await expect(import('../../playwright.config')).rejects.toThrow(
      /ESAFETY_REQUIRE_ELECTRON is set but there is no Electron binary/,
    );
  });
});
