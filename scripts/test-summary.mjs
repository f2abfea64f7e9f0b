// Prints one closing line for CI from the JSON reports vitest and Playwright wrote under CI=true:
// "N passed, N failed" over both suites, so the run's result is plain at the end of the log.
import fs from 'node:fs';

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const unit = read('.tmp/test-reports/unit.json');
const e2e = read('.tmp/test-reports/e2e.json');

const unitPassed = unit.numPassedTests;
const unitFailed = unit.numFailedTests;
const e2ePassed = e2e.stats.expected;
const e2eFailed = e2e.stats.unexpected + e2e.stats.flaky;

console.log(`unit and component: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`end-to-end: ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed`);
process.exit(unitFailed + e2eFailed === 0 && unitPassed > 0 && e2ePassed > 0 ? 0 : 1);
