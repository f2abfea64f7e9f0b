import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  parseAllowList,
  reportLines,
  reviewFindings,
  type Finding,
} from '../../scripts/security-check.review';
import { scanForFindings } from '../../scripts/security-check.scan';
import { withTempDir } from './fixtures/temp-dir';

const REASON = 'webPreferences come from secureWebPreferences(), pinned by a unit test.';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main/main-window.ts',
    line: 7,
    column: 17,
    sample: '  const window = new BrowserWindow({',
    severity: 'HIGH',
    confidence: 'FIRM',
    description: 'Review the use of the contextIsolation option',
    ...overrides,
  };
}

function review(findings: Finding[], allowListJson: unknown) {
  const { allowList, problems } = parseAllowList(allowListJson);
  return reviewFindings(findings, [], allowList, problems);
}

const allowContextIsolation = {
  findings: [
    {
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      file: 'electron/main/main-window.ts',
      sample: 'new BrowserWindow(',
      reason: REASON,
    },
  ],
};

describe('npm run security: the reviewed allow-list', () => {
  it('fails on a finding nobody has reviewed, and says which and where', () => {
    const result = review([finding({ check: 'NODE_INTEGRATION_JS_CHECK' })], allowContextIsolation);
    expect(result.passed).toBe(false);
    expect(result.unreviewed.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(reportLines(result).join('\n')).toContain(
      'UNREVIEWED NODE_INTEGRATION_JS_CHECK [HIGH/FIRM] electron/main/main-window.ts:7:17',
    );
  });

  it('passes a finding that is in the allow-list with its reason', () => {
    const result = review([finding()], allowContextIsolation);
    expect(result).toMatchObject({ passed: true, unreviewed: [], stale: [], problems: [] });
    expect(result.allowed).toEqual([{ finding: finding(), reason: REASON }]);
  });

  it.each([
    ['no reason', {}],
    ['an empty reason', { reason: '   ' }],
    ['a reason that says nothing', { reason: 'false positive' }],
  ])('refuses an allow-list entry with %s, even though it matches', (_, reason) => {
    const entry = {
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      file: 'electron/main/main-window.ts',
      ...reason,
    };
    const result = review([finding()], { findings: [entry] });
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      expect.stringContaining(
        'finding #1 (CONTEXT_ISOLATION_JS_CHECK): refused, it needs a "reason"',
      ),
    ]);
  });

  it('refuses an excluded check without a reason', () => {
    const result = review([], {
      excludedChecks: [{ check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK' }],
    });
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toContain('excluded check #1');
  });

  it('allows only the same check in the same file (and line, when a sample is given)', () => {
    const elsewhere = finding({ file: 'electron/main/other-window.ts' });
    const otherLine = finding({ sample: 'const popup = window.open(url);' });
    const result = review([elsewhere, otherLine], allowContextIsolation);
    expect(result.unreviewed).toEqual([elsewhere, otherLine]);
  });

  it('reports an entry that no longer matches anything, so the list never allows more than was reviewed', () => {
    const result = review([], allowContextIsolation);
    expect(result.passed).toBe(false);
    expect(reportLines(result).join('\n')).toContain(
      'stale allow-list entry: CONTEXT_ISOLATION_JS_CHECK in electron/main/main-window.ts',
    );
  });

  it('fails when a file could not be parsed, because it was not checked', () => {
    const { allowList } = parseAllowList({});
    const result = reviewFindings(
      [],
      [{ file: 'electron/x.ts', message: 'Unexpected token' }],
      allowList,
    );
    expect(result.passed).toBe(false);
    expect(reportLines(result)[0]).toContain('not checked: electron/x.ts');
  });

  it('refuses unknown keys and a check that is not a check id', () => {
    const result = review([], {
      findings: [{ check: 'contextIsolation', file: 'a.ts', reason: REASON, because: 'x' }],
      extra: true,
    });
    expect(result.problems).toEqual([
      'unknown allow-list key "extra"',
      'finding #1 (contextIsolation): unknown key "because"',
      'finding #1 (contextIsolation): "check" must be a check id',
    ]);
  });
});

describe('Electronegativity itself, as npm run security runs it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
  afterEach(() => cleanup());

  it('finds node integration switched on in modern TypeScript, and reports a file it cannot parse', async () => {
    await mkdir(join(dir, 'app'), { recursive: true });
    await writeFile(
      join(dir, 'app', 'window.ts'),
      [
        "import labels from './labels.json' with { type: 'json' };",
        "import { BrowserWindow } from 'electron';",
        'const options = { title: labels.title } satisfies { title: string };',
        'export const window = new BrowserWindow({',
        '  ...options,',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false },',
        '});',
      ].join('\n'),
    );
    await writeFile(join(dir, 'app', 'broken.ts'), 'export const = ;\n');
    const { findings, parseErrors } = await scanForFindings(dir, 'app', [
      'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK',
    ]);
    // Only the broken file is unread; the modern TypeScript is parsed and checked.
    expect(parseErrors.map((error) => error.file)).toEqual(['app/broken.ts']);
    const checks = findings.filter((f) => f.file === 'app/window.ts').map((f) => f.check);
    expect(checks).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
    const { allowList } = parseAllowList({});
    expect(reviewFindings(findings, parseErrors, allowList).passed).toBe(false);
  });
});
