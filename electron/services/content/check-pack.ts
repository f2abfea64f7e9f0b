import type { ContentProblem } from './content-problem';
import type { Aup, Module } from '../../../common/content/content-schema';
import { MIN_SCENARIOS_TOTAL } from './content-rules';

export interface ValidModule {
  file: string;
  module: Module;
}

interface IdUse {
  id: string;
  file: string;
  path: string;
}

/** Every id that must be unique across a locale's whole pack, with where it is written. */
function idUses(modules: ValidModule[], aup: { file: string; aup: Aup } | undefined): IdUse[] {
  const uses: IdUse[] = [];
  for (const { file, module } of modules) {
    uses.push({ id: module.id, file, path: 'id' });
    for (const list of ['dos', 'donts', 'inPlace'] as const) {
      module[list].forEach((item, i) => uses.push({ id: item.id, file, path: `${list}[${i}].id` }));
    }
    module.activities.forEach((activity, a) => {
      uses.push({ id: activity.id, file, path: `activities[${a}].id` });
      const parts = activity.type === 'sort' ? activity.statements : activity.cards;
      const key = activity.type === 'sort' ? 'statements' : 'cards';
      parts.forEach((part, p) =>
        uses.push({ id: part.id, file, path: `activities[${a}].${key}[${p}].id` }),
      );
    });
    module.scenarios.forEach((scenario, s) => {
      uses.push({ id: scenario.id, file, path: `scenarios[${s}].id` });
    });
  }
  aup?.aup.clauses.forEach((clause, c) =>
    uses.push({ id: clause.id, file: aup.file, path: `clauses[${c}].id` }),
  );
  return uses;
}

/**
 * Checks what only the whole locale can show: ids unique across the pack (progress, coverage and
 * the AUP refer to them), one module per order, enough scenarios, AUP clauses naming real modules.
 * Only run when every file of the locale is valid, or a broken file would cause false alarms.
 */
export function checkPack(
  locale: string,
  modules: ValidModule[],
  aup: { file: string; aup: Aup },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, IdUse>();
  for (const use of idUses(modules, aup)) {
    const first = seen.get(use.id);
    if (first) {
      problems.push({
        file: use.file,
        path: use.path,
        problem: `id "${use.id}" is already used in ${first.file} at ${first.path}`,
      });
    } else seen.set(use.id, use);
  }
  const orders = new Map<number, string>();
  for (const { file, module } of modules) {
    const other = orders.get(module.order);
    if (other)
      problems.push({
        file,
        path: 'order',
        problem: `order ${module.order} is also used by ${other}`,
      });
    else orders.set(module.order, file);
  }
  const total = modules.reduce((sum, { module }) => sum + module.scenarios.length, 0);
  if (total < MIN_SCENARIOS_TOTAL) {
    problems.push({
      file: `${locale}/modules`,
      path: '',
      problem: `the course has ${total} scenarios; it needs at least ${MIN_SCENARIOS_TOTAL}`,
    });
  }
  const moduleIds = new Set(modules.map(({ module }) => module.id));
  aup.aup.clauses.forEach((clause, c) => {
    clause.modules.forEach((moduleId, m) => {
      if (!moduleIds.has(moduleId)) {
        problems.push({
          file: aup.file,
          path: `clauses[${c}].modules[${m}]`,
          problem: `"${moduleId}" is not a module id`,
        });
      }
    });
  });
  return problems;
}
