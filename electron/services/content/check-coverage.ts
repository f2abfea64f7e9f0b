import { promises as fs } from 'node:fs';
import path from 'node:path';
import { coverageFilePath } from './coverage-schema';
import type { ContentProblem } from './content-problem';
import {
  COVERAGE_REPORT_COMMAND,
  COVERAGE_REPORT_FILE,
  renderCoverageMarkdown,
} from './coverage-markdown';
import { readCoverage } from './read-coverage';

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Checks that every seed has a coverage file, every rule is taught by ids that exist in the en-GB
 * content, and COVERAGE.md is exactly what the generator would write now (so it cannot drift).
 */
export async function checkCoverage(contentDir: string): Promise<ContentProblem[]> {
  const { entries, index, problems } = await readCoverage(contentDir);
  for (const { seed, coverage } of entries) {
    if (!coverage) continue;
    const file = coverageFilePath(seed);
    const ruleIds = new Set<string>();
    coverage.rules.forEach((rule, r) => {
      if (ruleIds.has(rule.id)) {
        problems.push({
          file,
          path: `rules[${r}].id`,
          problem: `rule id "${rule.id}" is used twice`,
        });
      }
      ruleIds.add(rule.id);
      rule.taughtBy.forEach((id, t) => {
        if (!index.has(id)) {
          problems.push({
            file,
            path: `rules[${r}].taughtBy[${t}]`,
            problem: `"${id}" is not a guidance item, activity statement or card, scenario or AUP clause id in en-GB`,
          });
        }
      });
    });
  }
  const expected = renderCoverageMarkdown(entries, index);
  const actual = await readOptional(path.join(contentDir, COVERAGE_REPORT_FILE));
  if (actual !== expected) {
    problems.push({
      file: COVERAGE_REPORT_FILE,
      path: '',
      problem: `${actual === undefined ? 'is missing' : 'is out of date'}; run \`${COVERAGE_REPORT_COMMAND}\``,
    });
  }
  return problems;
}
