/**
 * `npm run content:check`: validates every content file, the translations and the seed coverage,
 * printing every problem as `content/<file>: <path>: <problem>`. Exits 1 on any problem.
 * An optional argument names another content folder (the tests use this).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentDetailed } from '../electron/services/content/check-content';
import { checkCoverage } from '../electron/services/content/check-coverage';
import type { ContentProblem } from '../electron/services/content/content-problem';
import type { ContentPack } from '../common/content/content-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'content'));

function line({ file, path: where, problem }: ContentProblem): string {
  return where === '' ? `content/${file}: ${problem}` : `content/${file}: ${where}: ${problem}`;
}

function summary(pack: ContentPack): string {
  const scenarios = pack.modules.reduce((n, m) => n + m.scenarios.length, 0);
  const items = pack.modules.reduce(
    (n, m) => n + m.dos.length + m.donts.length + m.inPlace.length,
    0,
  );
  return `${pack.locale}: ${pack.modules.length} modules, ${scenarios} scenarios, ${items} items, ${pack.aup.clauses.length} clauses`;
}

const { problems, packs } = await checkContentDetailed(contentDir);
const coverageProblems = await checkCoverage(contentDir);
const all = [...problems, ...coverageProblems];
for (const problem of all) console.log(line(problem));
if (all.length > 0) {
  console.error(`content check failed: ${all.length} problem${all.length === 1 ? '' : 's'}`);
  process.exitCode = 1;
} else {
  console.log(`content OK — ${packs.map(summary).join('; ')}`);
}
