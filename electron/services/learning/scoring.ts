import type { Scenario, ScenarioStep } from '../../../common/content/content-schema';

/** One answer a learner gave in a scenario step. */
export interface StepAnswer {
  stepId: string;
  optionId: string;
}

export interface ScenarioWalk {
  /** The steps reached so far on the learner's path, with the answer given (if any). */
  path: { step: ScenarioStep; answer: StepAnswer | undefined }[];
  /** The step waiting for an answer, or undefined when the scenario is finished. */
  current: ScenarioStep | undefined;
}

/**
 * Follows a branching scenario from its first step through each chosen option's `next`. Answers
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
    const option = step.options.find((o) => o.id === answer.optionId);
    step = option?.next ? scenario.steps.find((s) => s.id === option.next) : undefined;
  }
  return { path, current: undefined };
}

export function isScenarioFinished(scenario: Scenario, answers: readonly StepAnswer[]): boolean {
  return walkScenario(scenario, answers).current === undefined;
}

/** Correct when the scenario is finished and every step on the path was answered with a best option. */
export function isScenarioCorrect(scenario: Scenario, answers: readonly StepAnswer[]): boolean {
  const walk = walkScenario(scenario, answers);
  if (walk.current) return false;
  return walk.path.every(
    ({ step, answer }) => step.options.find((o) => o.id === answer?.optionId)?.best === true,
  );
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
