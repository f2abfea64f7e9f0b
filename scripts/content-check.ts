/**
 * `npm run content:check`: validates every content file, the translations, the editorial rules
 * and the seed coverage, printing every problem as `content/<file>: <path>: <problem>`, then how
 * option lengths relate to best answers in each locale. Exits 1 on any problem.
 * An optional argument names another content folder (the tests use this); `--modules=1-5` (or
 * `--modules=1,3`) checks only those modules, for a writer working on part of the course.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentDetailed } from '../electron/services/content/check-content';
import { checkCoverage } from '../electron/services/content/check-coverage';
import { describeOptionLengths } from '../electron/services/content/check-options';
import type { ContentProblem } from '../electron/services/content/content-problem';
import type { ContentPack } from '../common/content/content-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
const contentDir = path.resolve(folder ?? path.join(here, '..', 'content'));
const modulesArg = args.find((arg) => arg.startsWith('--modules='))?.slice('--modules='.length);

/** "1-5" or "1,3,7" → the module orders to check. */
function parseOrders(text: string): Set<number> {
  const orders = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
    if (
      from === undefined ||
      to === undefined ||
      !Number.isInteger(from) ||
      !Number.isInteger(to)
    ) {
      throw new Error(`--modules expects orders like 1-5 or 1,3; got "${text}"`);
    }
    for (let order = from; order <= to; order++) orders.add(order);
  }
  return orders;
}

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

const moduleOrders = modulesArg === undefined ? undefined : parseOrders(modulesArg);
const { problems, packs, editorial } = await checkContentDetailed(contentDir, { moduleOrders });
const coverageProblems = moduleOrders ? [] : await checkCoverage(contentDir);
const all = [...problems, ...coverageProblems];
for (const problem of all) console.log(line(problem));
for (const { locale, optionLengths } of editorial) {
  console.log(`${locale}: ${describeOptionLengths(optionLengths)}`);
}
if (all.length > 0) {
  console.error(`content check failed: ${all.length} problem${all.length === 1 ? '' : 's'}`);
  process.exitCode = 1;
} else if (moduleOrders) {
  console.log(`content OK for modules ${[...moduleOrders].join(', ')} (coverage not checked)`);
} else {
  console.log(`content OK — ${packs.map(summary).join('; ')}`);
}
