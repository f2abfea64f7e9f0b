import type { Scenario, ScenarioStep } from '../../../common/content/content-schema';

/** The options a learner chose in one scenario step: one, or several on a multi-answer step. */
export interface StepAnswer {
  stepId: string;
  optionIds: string[];
}

export interface ScenarioWalk {
  /** The steps reached so far on the learner's path, with the answer given (if any). */
  path: { step: ScenarioStep; answer: StepAnswer | undefined }[];
  /** The step waiting for an answer, or undefined when the scenario is finished. */
  current: ScenarioStep | undefined;
}

/**
 * Follows a branching scenario from its first step through each chosen option's `next` (every
 * option of a multi-answer step leads to the same place, so its first choice decides). Answers
 * to steps off the path are ignored: only the route the learner actually took counts.
 */
export function walkScenario(scenario: Scenario, answers: readonly StepAnswer[]): ScenarioWalk {
  const path: ScenarioWalk['path'] = [];
  let step: ScenarioStep | undefined = scenario.steps[0];
  while (step) {
    const stepId: string = step.id;
    const answer = answers.find((a) => a.stepId === stepId);
    path.push({ step, answer });
    if (!answer) return { path, current: step };
    const option = step.options.find((o) => o.id === answer.optionIds[0]);
    step = option?.next ? scenario.steps.find((s) => s.id === option.next) : undefined;
  }
  return { path, current: undefined };
}

export function isScenarioFinished(scenario: Scenario, answers: readonly StepAnswer[]): boolean {
  return walkScenario(scenario, answers).current === undefined;
}

/**
 * A step is answered well when the options chosen are exactly its best options: the one best
 * option, or on a multi-answer step every best option and no other (scored as a set, so one
 * right choice among wrong ones is not enough).
 */
export function isBestAnswer(step: ScenarioStep, optionIds: readonly string[]): boolean {
  const chosen = new Set(optionIds);
  if (chosen.size === 0 || chosen.size !== optionIds.length) return false;
  const best = step.options.filter((o) => o.best).map((o) => o.id);
  return chosen.size === best.length && best.every((id) => chosen.has(id));
}

/** Correct when the scenario is finished and every step on the path was answered well. */
export function isScenarioCorrect(scenario: Scenario, answers: readonly StepAnswer[]): boolean {
  const walk = walkScenario(scenario, answers);
  if (walk.current) return false;
  return walk.path.every(({ step, answer }) => isBestAnswer(step, answer?.optionIds ?? []));
}

/**
 * Whole percent, rounded down: a learner on 79.9% has not reached an 80% pass mark, so rounding
 * must never lift a score over the line. No scenarios scores 0, not a division by zero.
 */
export function wholePercent(correct: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((100 * correct) / total);
}

export function hasPassed(percent: number, passMarkPercent: number): boolean {
  return percent >= passMarkPercent;
}
