import type { ContentPack, Module, Scenario } from '../../../common/content/content-schema';
import { lessonPageCount } from '../../../common/learning/lesson-pages';
import { reviewAttempt, type ScenarioReview } from './answer-review';
import { orderedOptionIds } from './option-order';
import type { LearnerProgress, QuizAttempt } from './progress-schema';
import { quizPosition, type ScenarioLookup } from './quiz-attempt';

/** Which quiz an action is about: one module's, or the refresher's mixed check. */
export type QuizRef = { kind: 'module'; moduleId: string } | { kind: 'check' };

/** What the learner should be shown now; derived from the saved progress, never stored. */
export type LearningTask =
  | { kind: 'lesson'; moduleId: string; page: number; pageCount: number }
  | {
      kind: 'quiz';
      quiz: QuizRef;
      attemptNumber: number;
      scenarioId: string;
      stepId: string;
      /** The step's options in the order this attempt shows them. */
      optionIds: string[];
      scenarioIndex: number;
      scenarioCount: number;
    }
  | { kind: 'results'; quiz: QuizRef; attemptNumber: number; review: ScenarioReview[] }
  | { kind: 'complete' }
  | { kind: 'signed' };

export function scenarioLookup(modules: readonly Module[]): ScenarioLookup {
  const byId = new Map<string, Scenario>();
  for (const module of modules) for (const s of module.scenarios) byId.set(s.id, s);
  return (id) => byId.get(id);
}

/** The plan's modules that the content still has (a module withdrawn from the course is skipped). */
export function plannedModules(progress: LearnerProgress, pack: ContentPack): Module[] {
  return progress.plan.flatMap((id) => pack.modules.filter((m) => m.id === id));
}

export function nextTask(progress: LearnerProgress, pack: ContentPack): LearningTask {
  if (progress.signedRecordId) return { kind: 'signed' };
  const lookup = scenarioLookup(pack.modules);
  if (progress.check) {
    const pending = attemptTask({ kind: 'check' }, progress.check.attempt, lookup);
    if (pending) return pending;
  }
  for (const module of plannedModules(progress, pack)) {
    const state = progress.modules[module.id];
    const last = state?.attempts.at(-1);
    if (last?.finishedAt && last.passed && last.acknowledged) continue;
    const pageCount = lessonPageCount(module);
    const page = state?.page ?? 0;
    if (last?.finishedAt && !last.acknowledged) {
      return {
        kind: 'results',
        quiz: { kind: 'module', moduleId: module.id },
        attemptNumber: last.number,
        review: reviewAttempt(last, scenarioLookup([module])),
      };
    }
    if (page < pageCount || !last || last.finishedAt) {
      return {
        kind: 'lesson',
        moduleId: module.id,
        page: Math.min(page, pageCount - 1),
        pageCount,
      };
    }
    const quiz = { kind: 'module', moduleId: module.id } as const;
    const pending = attemptTask(quiz, last, scenarioLookup([module]));
    if (pending) return pending;
  }
  return { kind: 'complete' };
}

/** The quiz or results task for an attempt, or undefined once its results have been seen. */
function attemptTask(
  quiz: QuizRef,
  attempt: QuizAttempt,
  lookup: ScenarioLookup,
): LearningTask | undefined {
  if (attempt.finishedAt) {
    return attempt.acknowledged
      ? undefined
      : {
          kind: 'results',
          quiz,
          attemptNumber: attempt.number,
          review: reviewAttempt(attempt, lookup),
        };
  }
  const position = quizPosition(attempt, lookup);
  const step = position && lookup(position.scenarioId)?.steps.find((s) => s.id === position.stepId);
  if (!position || !step) return undefined;
  return {
    kind: 'quiz',
    quiz,
    attemptNumber: attempt.number,
    ...position,
    optionIds: orderedOptionIds(step, attempt.optionOrder?.[position.scenarioId]?.[step.id]),
    scenarioCount: attempt.scenarioIds.length,
  };
}
