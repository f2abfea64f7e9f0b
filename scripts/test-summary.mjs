// Prints one closing line from the JSON reports vitest and Playwright write on every run (see
// vitest.config.ts and playwright.config.ts): "N passed, N failed" over both suites, so the
// result is plain at the end of the log. A report that is missing (its suite never ran because an
// earlier step of `npm test` failed) is said so in words and makes the run fail; it never ends in
// a stack trace. Usage: node scripts/test-summary.mjs [reports-folder]
import fs from 'node:fs';
import path from 'node:path';

const folder = path.resolve(process.argv[2] ?? '.tmp/test-reports');

/** Reads one report, or explains in one line why it cannot. */
function read(file, suite) {
  const fullPath = path.join(folder, file);
  try {
    return JSON.parse(fs.readFileSync(fullPath, 'utf8'));
  } catch (error) {
    const why =
      error?.code === 'ENOENT' ? 'no report (the suite did not run)' : 'unreadable report';
    console.log(`${suite}: ${why} at ${fullPath}`);
    return null;
  }
}

const suites = [
  {
    name: 'unit and component',
    report: read('unit.json', 'unit and component'),
    count: (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }),
  },
  {
    name: 'end-to-end',
    report: read('e2e.json', 'end-to-end'),
    count: (r) => ({
      passed: r.stats?.expected ?? 0,
      failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0),
    }),
  },
];

let passed = 0;
let failed = 0;
let complete = true;
for (const suite of suites) {
  if (!suite.report) {
    complete = false;
    continue;
  }
  const counts = suite.count(suite.report);
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
  // A suite that ran no test at all proves nothing.
  if (counts.passed === 0) complete = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && complete ? 0 : 1);
