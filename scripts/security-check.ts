/**
 * `npm run security`: Electronegativity over the Electron code (`electron/`), failing on any
 * finding that is not in the reviewed allow-list (scripts/security-check.allow-list.json) with
 * the reason it is safe. Prints every unreviewed finding and exits 1; exits 0 when all are
 * reviewed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllowList, reportLines, reviewFindings } from './security-check.review';
import { scanForFindings } from './security-check.scan';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOW_LIST = 'scripts/security-check.allow-list.json';
const SCANNED = 'electron';

const { allowList, problems } = parseAllowList(
  JSON.parse(await readFile(path.join(root, ALLOW_LIST), 'utf8')),
);
const { findings, parseErrors } = await scanForFindings(
  root,
  SCANNED,
  allowList.excludedChecks.map((excluded) => excluded.check),
);
const review = reviewFindings(findings, parseErrors, allowList, problems);
for (const line of reportLines(review)) console.log(line);
process.exitCode = review.passed ? 0 : 1;
