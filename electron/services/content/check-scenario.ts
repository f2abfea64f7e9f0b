import type { Scenario, ScenarioStep } from '../../../common/content/content-schema';
import { CHOOSE_SEVERAL_PATTERNS, MIN_BEST_OPTIONS_MULTI_ANSWER } from './content-rules';

/** A problem inside one file, before the caller adds which file it is. */
export interface PathProblem {
  path: string;
  problem: string;
}

/**
 * Checks that a scenario can be played: one best answer per step (or at least two when the learner
 * chooses several), every `next` names a later step (so play always ends), and every step can be
 * reached from the first. `base` is the scenario's path in its file, e.g. `scenarios[2]`.
 */
export function checkScenario(scenario: Scenario, base: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const stepIndex = new Map<string, number>();
  const optionIds = new Set<string>();
  scenario.steps.forEach((step, s) => {
    if (stepIndex.has(step.id)) {
      problems.push({
        path: `${base}.steps[${s}].id`,
        problem: `step id "${step.id}" is used twice in this scenario`,
      });
    } else stepIndex.set(step.id, s);
    step.options.forEach((option, o) => {
      if (optionIds.has(option.id)) {
        problems.push({
          path: `${base}.steps[${s}].options[${o}].id`,
          problem: `option id "${option.id}" is used twice in this scenario`,
        });
      }
      optionIds.add(option.id);
    });
    problems.push(...checkAnswerKind(step, `${base}.steps[${s}]`));
  });
  problems.push(...checkBranches(scenario, base, stepIndex));
  return problems;
}

/**
 * A single-answer step has exactly one best option; a multi-answer step has several (but not only
 * best ones) and leads on the same way whatever is chosen (its options share one `next`). A prompt
 * asking to "choose all that apply" must be a multi-answer step, or the learner could give only
 * one of the answers it asks for.
 */
function checkAnswerKind(step: ScenarioStep, path: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const best = step.options.filter((option) => option.best).length;
  if (step.multiAnswer) {
    if (best < MIN_BEST_OPTIONS_MULTI_ANSWER) {
      problems.push({
        path: `${path}.options`,
        problem: `a multi-answer step needs at least ${MIN_BEST_OPTIONS_MULTI_ANSWER} best options, found ${best} (with one, make it a single-answer step)`,
      });
    }
    if (best === step.options.length) {
      problems.push({
        path: `${path}.options`,
        problem:
          'every option of this multi-answer step is best, so choosing them all wins; add at least one option that is not',
      });
    }
    const nexts = new Set(step.options.map((option) => option.next ?? ''));
    if (nexts.size > 1) {
      problems.push({
        path: `${path}.options`,
        problem: 'every option of a multi-answer step must lead to the same next step (or none)',
      });
    }
  } else {
    if (best !== 1) {
      problems.push({
        path: `${path}.options`,
        problem: `needs exactly one best option, found ${best} (set multiAnswer on the step to let the learner choose several)`,
      });
    }
    if (CHOOSE_SEVERAL_PATTERNS.some((pattern) => pattern.test(step.prompt))) {
      problems.push({
        path: `${path}.prompt`,
        problem:
          'asks the learner to choose several answers, but the step is not multiAnswer: set "multiAnswer": true or reword the prompt',
      });
    }
  }
  return problems;
}

function checkBranches(
  scenario: Scenario,
  base: string,
  stepIndex: Map<string, number>,
): PathProblem[] {
  const problems: PathProblem[] = [];
  const reached = new Set<number>([0]);
  // Steps only ever lead forward (checked below), so one pass in order finds every reachable step.
  scenario.steps.forEach((step, s) => {
    step.options.forEach((option, o) => {
      if (option.next === undefined) return;
      const target = stepIndex.get(option.next);
      const path = `${base}.steps[${s}].options[${o}].next`;
      if (target === undefined) {
        problems.push({ path, problem: `"${option.next}" is not a step of this scenario` });
      } else if (target <= s) {
        problems.push({
          path,
          problem: `"${option.next}" must be a later step, so the scenario always ends`,
        });
      } else if (reached.has(s)) reached.add(target);
    });
  });
  scenario.steps.forEach((step, s) => {
    if (!reached.has(s)) {
      problems.push({
        path: `${base}.steps[${s}]`,
        problem: `step "${step.id}" cannot be reached from the first step`,
      });
    }
  });
  return problems;
}

/** A scenario branches when it has more than one step and a choice leads to another step. */
export function isBranching(scenario: Scenario): boolean {
  return (
    scenario.steps.length > 1 && scenario.steps.some((step) => step.options.some((o) => o.next))
  );
}
