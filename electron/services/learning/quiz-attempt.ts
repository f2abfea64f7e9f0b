import type { Scenario } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { selectAlternates } from './alternates';
import { shuffleOptions } from './option-order';
import type { QuizAttempt } from './progress-schema';
import { hasPassed, isBestAnswer, isScenarioCorrect, walkScenario, wholePercent } from './scoring';
import { newOrder, seedFrom } from './seeded-shuffle';

export type ScenarioLookup = (scenarioId: string) => Scenario | undefined;

/**
 * A new attempt at a module's quiz: one alternate per group (rotating with the attempt number)
 * in a seeded order, each step's options shuffled too, both differing from the previous
 * attempt's where they can.
 */
export function createModuleAttempt(
  pool: readonly Scenario[],
  seedText: string,
  previous: QuizAttempt | undefined,
): QuizAttempt {
  const number = (previous?.number ?? 0) + 1;
  const offset = seedFrom(seedText) % 97;
  const chosen = selectAlternates(pool, offset + number - 1);
  const ids = chosen.map((s) => s.id);
  return {
    number,
    scenarioIds: newOrder(ids, seedFrom(`${seedText}:${number}`), previous?.scenarioIds),
    answers: {},
    optionOrder: shuffleOptions(chosen, `${seedText}:${number}:options`, previous?.optionOrder),
    acknowledged: false,
  };
}

/** The refresher's mixed check: the scenarios picked for it, each step's options shuffled. */
export function createCheckAttempt(scenarios: readonly Scenario[], seedText: string): QuizAttempt {
  return {
    number: 1,
    scenarioIds: scenarios.map((s) => s.id),
    answers: {},
    optionOrder: shuffleOptions(scenarios, `${seedText}:check:options`),
    acknowledged: false,
  };
}

/**
 * An unfinished attempt saved before options were shuffled gets its order now, once, so from
 * here on it is kept like any other.
 */
export function withOptionOrder(
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
  seedText: string,
): QuizAttempt {
  if (attempt.optionOrder || attempt.finishedAt) return attempt;
  const scenarios = attempt.scenarioIds.flatMap((id) => lookup(id) ?? []);
  return { ...attempt, optionOrder: shuffleOptions(scenarios, `${seedText}:options`) };
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

/**
 * Records an answer to the waiting step: one option, or on a multi-answer step one or more
 * different options of it. Answering any other step, or with options that do not fit, is refused,
 * not guessed at.
 */
export function recordAnswer(
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
  answer: { scenarioId: string; stepId: string; optionIds: readonly string[] },
): { attempt: QuizAttempt; best: boolean } {
  const position = quizPosition(attempt, lookup);
  const step = lookup(answer.scenarioId)?.steps.find((s) => s.id === answer.stepId);
  const optionIds = [...answer.optionIds];
  const fits =
    step !== undefined &&
    optionIds.length >= 1 &&
    (step.multiAnswer === true || optionIds.length === 1) &&
    new Set(optionIds).size === optionIds.length &&
    optionIds.every((id) => step.options.some((o) => o.id === id));
  if (
    attempt.finishedAt ||
    !position ||
    position.scenarioId !== answer.scenarioId ||
    position.stepId !== answer.stepId ||
    !step ||
    !fits
  ) {
    throw new DomainError('learning-not-current-step', 'errors.learning.notCurrentStep');
  }
  const previous = attempt.answers[answer.scenarioId] ?? [];
  const answers = {
    ...attempt.answers,
    [answer.scenarioId]: [...previous, { stepId: answer.stepId, optionIds }],
  };
  return { attempt: { ...attempt, answers }, best: isBestAnswer(step, optionIds) };
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
