import { createRequire } from 'node:module';
import path from 'node:path';
import type { Finding, ParseError } from './security-check.review';

/**
 * Runs Electronegativity through its documented programmatic API and returns its findings as
 * data. Its CLI exits 0 whatever it finds and only prints files it could not parse, so the
 * result object (issues AND parse errors) is read instead of the exit code or the table.
 *
 * TypeScript: Electronegativity parses .ts with Babel first (7.29 here, which reads TS 5.9's
 * `satisfies` and import attributes), falling back to its own TS 4.2 parser; any file neither
 * can read comes back as a parse error, which fails the check rather than being skipped.
 */

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description?: string;
  severity: { name: string };
  confidence: { name: string };
}

interface RawResult {
  issues: RawIssue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}

interface RunOptions {
  input: string;
  isRelative: boolean;
  excludeFromScan: string[];
  electronVersionOverride: string;
}

const require = createRequire(import.meta.url);

/** The installed Electron's version, so version-dependent defaults are judged correctly. */
export function installedElectronVersion(): string {
  return (require('electron/package.json') as { version: string }).version;
}

export async function scanForFindings(
  root: string,
  inputDir: string,
  excludedChecks: readonly string[],
): Promise<{ findings: Finding[]; parseErrors: ParseError[] }> {
  // English descriptions whatever the machine's locale (the tool reads LANG).
  process.env.LANG = 'en-US';
  const run = require('@doyensec/electronegativity') as (options: RunOptions) => Promise<RawResult>;
  const input = path.resolve(root, inputDir);
  const result = await run({
    input,
    isRelative: true,
    // The tool names checks by class (CSPGlobalCheck): the id without underscores, lower case.
    excludeFromScan: excludedChecks.map((check) => check.replaceAll('_', '').toLowerCase()),
    electronVersionOverride: installedElectronVersion(),
  });
  const fromRoot = (file: string) =>
    file === 'N/A'
      ? file
      : path.relative(root, path.resolve(input, file)).split(path.sep).join('/');
  return {
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: fromRoot(issue.file),
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample ?? '',
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description ?? '',
    })),
    parseErrors: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({ file: fromRoot(error.file), message: error.message })),
  };
}
