import path from 'node:path';
import { checkScenario, isBranching, type PathProblem } from './check-scenario';
import type { Module } from '../../../common/content/content-schema';
import {
  MAX_SCENARIOS_PER_MODULE,
  MIN_BRANCHING_SCENARIOS_PER_MODULE,
  MIN_SCENARIOS_PER_MODULE,
} from './content-rules';

/** The file name a module must have: two-digit order, then its id (`02-accounts-and-contact.json`). */
export function moduleFileName(module: Pick<Module, 'order' | 'id'>): string {
  return `${String(module.order).padStart(2, '0')}-${module.id}.json`;
}

/** Checks one valid module for what zod cannot see: counts, branching, alternates, scenarios. */
export function checkModule(module: Module, file: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const expectedName = moduleFileName(module);
  if (path.posix.basename(file) !== expectedName) {
    problems.push({
      path: '',
      problem: `file should be named ${expectedName} to match its order and id`,
    });
  }
  const count = module.scenarios.length;
  if (count < MIN_SCENARIOS_PER_MODULE || count > MAX_SCENARIOS_PER_MODULE) {
    problems.push({
      path: 'scenarios',
      problem: `has ${count} scenarios; a module needs ${MIN_SCENARIOS_PER_MODULE} to ${MAX_SCENARIOS_PER_MODULE}`,
    });
  }
  const branching = module.scenarios.filter(isBranching).length;
  if (branching < MIN_BRANCHING_SCENARIOS_PER_MODULE) {
    problems.push({
      path: 'scenarios',
      problem: `has ${branching} branching scenarios; at least ${MIN_BRANCHING_SCENARIOS_PER_MODULE} need a step whose choice leads to another step`,
    });
  }
  for (const type of ['sort', 'reveal'] as const) {
    if (!module.activities.some((activity) => activity.type === type)) {
      problems.push({ path: 'activities', problem: `needs at least one "${type}" activity` });
    }
  }
  const groups = new Map<string, number>();
  module.scenarios.forEach((scenario, index) => {
    problems.push(...checkScenario(scenario, `scenarios[${index}]`));
    if (scenario.alternateGroup) {
      groups.set(scenario.alternateGroup, (groups.get(scenario.alternateGroup) ?? 0) + 1);
    }
  });
  module.scenarios.forEach((scenario, index) => {
    if (scenario.alternateGroup && groups.get(scenario.alternateGroup) === 1) {
      problems.push({
        path: `scenarios[${index}].alternateGroup`,
        problem: `no other scenario in this module shares alternateGroup "${scenario.alternateGroup}"`,
      });
    }
  });
  return problems;
}
