import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let reports: string;

beforeEach(() => {
  reports = mkdtempSync(path.join(os.tmpdir(), 'esafety-reports-'));
});
afterEach(() => rmSync(reports, { recursive: true, force: true }));

function summary() {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/test-summary.mjs'), reports],
    {
      cwd: os.tmpdir(),
      encoding: 'utf8',
    },
  );
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, lines, closing: lines.at(-1), err: result.stderr };
}

const unitReport = (passed: number, failed: number) =>
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed });
const e2eReport = (expected: number, unexpected: number, flaky = 0) =>
  JSON.stringify({ stats: { expected, unexpected, flaky, skipped: 0 } });

describe('the closing line of bash .ci/run', () => {
  it('adds up both suites into one "N passed, N failed" line and succeeds when all passed', () => {
    writeFileSync(path.join(reports, 'unit.json'), unitReport(120, 0));
    writeFileSync(path.join(reports, 'e2e.json'), e2eReport(30, 0));
    const run = summary();
    expect(run.closing).toBe('150 passed, 0 failed');
    expect(run.code).toBe(0);
  });

  it('fails the run when any test failed or was flaky', () => {
    writeFileSync(path.join(reports, 'unit.json'), unitReport(120, 1));
    writeFileSync(path.join(reports, 'e2e.json'), e2eReport(30, 0, 2));
    const run = summary();
    expect(run.closing).toBe('150 passed, 3 failed');
    expect(run.code).toBe(1);
  });

  it('says which report is missing, still prints the closing line, and fails without a stack trace', () => {
    writeFileSync(path.join(reports, 'unit.json'), unitReport(120, 0));
    const run = summary();
    expect(run.lines).toContain(
      `end-to-end: no report (the suite did not run) at ${path.join(reports, 'e2e.json')}`,
    );
    expect(run.closing).toBe('120 passed, 0 failed');
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
  });

  it('does not call a run green when a suite ran no test', () => {
    writeFileSync(path.join(reports, 'unit.json'), unitReport(120, 0));
    writeFileSync(path.join(reports, 'e2e.json'), e2eReport(0, 0));
    expect(summary().code).toBe(1);
  });
});

describe('the reports the closing line reads are written without CI=true', () => {
  const saved = process.env.CI;
  beforeEach(() => {
    delete process.env.CI;
    vi.resetModules();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  });

  it('vitest writes .tmp/test-reports/unit.json on a newcomer’s run', async () => {
    const { default: config } = await import('../../vitest.config');
    expect(config.test?.reporters).toContain('json');
    expect(config.test?.outputFile).toMatchObject({ json: '.tmp/test-reports/unit.json' });
  });

  it('Playwright writes .tmp/test-reports/e2e.json on a newcomer’s run', async () => {
    const { default: config } = await import('../../playwright.config');
    expect(config.reporter).toContainEqual(['json', { outputFile: '.tmp/test-reports/e2e.json' }]);
  });
});
