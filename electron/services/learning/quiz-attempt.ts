import type { Scenario } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { selectAlternates } from './alternates';
import type { QuizAttempt } from './progress-schema';
import { hasPassed, isScenarioCorrect, walkScenario, wholePercent } from './scoring';
import { newOrder, seedFrom } from './seeded-shuffle';

export type ScenarioLookup = (scenarioId: string) => Scenario | undefined;

/**
 * A new attempt at a module's quiz: one alternate per group (rotating with the attempt number)
 * in a seeded order that differs from the previous attempt's where it can.
 */
export function createModuleAttempt(
  pool: readonly Scenario[],
  seedText: string,
  previous: QuizAttempt | undefined,
): QuizAttempt {
  const number = (previous?.number ?? 0) + 1;
  const offset = seedFrom(seedText) % 97;
  const chosen = selectAlternates(pool, offset + number - 1).map((s) => s.id);
  return {
    number,
    scenarioIds: newOrder(chosen, seedFrom(`${seedText}:${number}`), previous?.scenarioIds),
    answers: {},
    acknowledged: false,
  };
}

export interface QuizPosition {
  scenarioId: string;
  stepId: string;
  /** 0-based position of the scenario in the attempt. */
  scenarioIndex: number;
}

/** The step waiting for an answer: the first unfinished scenario's current step. */
export function quizPosition(
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
): QuizPosition | undefined {
  for (const [scenarioIndex, scenarioId] of attempt.scenarioIds.entries()) {
    const scenario = lookup(scenarioId);
    if (!scenario) continue;
    const { current } = walkScenario(scenario, attempt.answers[scenarioId] ?? []);
    if (current) return { scenarioId, stepId: current.id, scenarioIndex };
  }
  return undefined;
}

/** Records an answer to the waiting step; answering any other step is refused, not guessed at. */
export function recordAnswer(
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
  answer: { scenarioId: string; stepId: string; optionId: string },
): { attempt: QuizAttempt; best: boolean } {
  const position = quizPosition(attempt, lookup);
  const scenario = lookup(answer.scenarioId);
  const option = scenario?.steps
    .find((s) => s.id === answer.stepId)
    ?.options.find((o) => o.id === answer.optionId);
  if (
    attempt.finishedAt ||
    !position ||
    position.scenarioId !== answer.scenarioId ||
    position.stepId !== answer.stepId ||
    !option
  ) {
    throw new DomainError('learning-not-current-step', 'errors.learning.notCurrentStep');
  }
  const previous = attempt.answers[answer.scenarioId] ?? [];
  const answers = {
    ...attempt.answers,
    [answer.scenarioId]: [...previous, { stepId: answer.stepId, optionId: answer.optionId }],
  };
  return { attempt: { ...attempt, answers }, best: option.best };
}

/** Scores the attempt once every scenario is finished; until then returns it unchanged. */
export function finishIfComplete(
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
  passMarkPercent: number,
  at: Date,
): QuizAttempt {
  if (attempt.finishedAt || quizPosition(attempt, lookup)) return attempt;
  const correctIds = attempt.scenarioIds.filter((id) => {
    const scenario = lookup(id);
    return scenario ? isScenarioCorrect(scenario, attempt.answers[id] ?? []) : false;
  });
  const percent = wholePercent(correctIds.length, attempt.scenarioIds.length);
  return {
    ...attempt,
    finishedAt: at.toISOString(),
    correctIds,
    percent,
    passed: hasPassed(percent, passMarkPercent),
  };
}
