/**
 * Writes content/COVERAGE.md from content/coverage/*.json and the en-GB content. The content check
 * regenerates it in memory and fails when the file differs, so always rerun this after editing
 * coverage or content. An optional argument names another content folder (the tests use this).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COVERAGE_REPORT_FILE,
  renderCoverageMarkdown,
} from '../electron/services/content/coverage-markdown';
import { readCoverage } from '../electron/services/content/read-coverage';

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'content'));

const { entries, index, problems } = await readCoverage(contentDir);
const target = path.join(contentDir, COVERAGE_REPORT_FILE);
// Write beside, then rename, so an interrupted run never leaves half a report.
await fs.writeFile(`${target}.tmp`, renderCoverageMarkdown(entries, index), 'utf8');
await fs.rename(`${target}.tmp`, target);
console.log(`wrote content/${COVERAGE_REPORT_FILE}`);
for (const { file, path: where, problem } of problems) {
  console.log(`note: content/${file}${where ? `: ${where}` : ''}: ${problem}`);
}
