import type { QuizAttempt } from './progress-schema';
import type { ScenarioLookup } from './quiz-attempt';
import { orderedOptionIds } from './option-order';
import { isBestAnswer, isScenarioCorrect, walkScenario } from './scoring';

/** One answered step as the results screen shows it: what was shown, chosen, and best. */
export interface StepReview {
  stepId: string;
  /** Every option, in the order the learner saw them. */
  optionIds: string[];
  chosenIds: string[];
  /** The chosen options were exactly the best ones. */
  best: boolean;
}

export interface ScenarioReview {
  scenarioId: string;
  correct: boolean;
  /** The steps on the learner's path, in the order answered. */
  steps: StepReview[];
}

/**
 * What each scenario of a finished attempt asked and what the learner chose, so the results can
 * show where an answer fell short and what the best answer was, in the order the options were shown.
 */
export function reviewAttempt(attempt: QuizAttempt, lookup: ScenarioLookup): ScenarioReview[] {
  return attempt.scenarioIds.flatMap((scenarioId) => {
    const scenario = lookup(scenarioId);
    if (!scenario) return [];
    const answers = attempt.answers[scenarioId] ?? [];
    const steps = walkScenario(scenario, answers).path.flatMap(({ step, answer }) =>
      answer
        ? [
            {
              stepId: step.id,
              optionIds: orderedOptionIds(step, attempt.optionOrder?.[scenarioId]?.[step.id]),
              chosenIds: answer.optionIds,
              best: isBestAnswer(step, answer.optionIds),
            },
          ]
        : [],
    );
    return [{ scenarioId, correct: isScenarioCorrect(scenario, answers), steps }];
  });
}
