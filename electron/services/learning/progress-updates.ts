import type { ContentPack } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { lessonPageCount } from '../../../common/learning/lesson-pages';
import { plannedModules, scenarioLookup, type QuizRef } from './next-task';
import { attemptOf, emptyModuleProgress } from '../../../common/learning/progress-view';
import type { LearnerProgress, QuizAttempt } from './progress-schema';
import { createModuleAttempt, withOptionOrder } from './quiz-attempt';
import { hasPassed, wholePercent } from './scoring';

/**
 * Pure changes to a learner's progress. Each returns the new progress (or throws a DomainError)
 * so the service only loads, applies and saves, and tests need no files.
 */

/**
 * A learner who reaches the end of a module's lesson gets a fresh quiz attempt waiting; an
 * unfinished attempt saved before options were shuffled gets its option order.
 */
export function ensureAttempts(progress: LearnerProgress, pack: ContentPack): LearnerProgress {
  const modules = { ...progress.modules };
  const lookup = scenarioLookup(pack.modules);
  for (const module of plannedModules(progress, pack)) {
    const state = modules[module.id] ?? emptyModuleProgress();
    const seedText = `${progress.sessionId}:${module.id}`;
    const last = state.attempts.at(-1);
    const needsAttempt = !last || (last.finishedAt && last.acknowledged && !last.passed);
    if (state.page >= lessonPageCount(module) && needsAttempt) {
      const attempt = createModuleAttempt(module.scenarios, seedText, last);
      modules[module.id] = { ...state, attempts: [...state.attempts, attempt] };
    } else if (last && !last.optionOrder && !last.finishedAt) {
      const attempt = withOptionOrder(last, lookup, `${seedText}:${last.number}`);
      modules[module.id] = { ...state, attempts: [...state.attempts.slice(0, -1), attempt] };
    }
  }
  const check = progress.check && {
    ...progress.check,
    attempt: withOptionOrder(progress.check.attempt, lookup, `${progress.sessionId}:check`),
  };
  return { ...progress, modules, ...(check ? { check } : {}) };
}

export function withAttempt(
  progress: LearnerProgress,
  quiz: QuizRef,
  attempt: QuizAttempt,
): LearnerProgress {
  if (quiz.kind === 'check') {
    if (!progress.check) throw notNow();
    return { ...progress, check: { ...progress.check, attempt } };
  }
  const state = progress.modules[quiz.moduleId] ?? emptyModuleProgress();
  const attempts = [...state.attempts.slice(0, -1), attempt];
  return { ...progress, modules: { ...progress.modules, [quiz.moduleId]: { ...state, attempts } } };
}

/**
 * The learner has read their results. After the refresher's check, every module scoring below
 * the pass mark is assigned for review, in course order.
 */
export function acknowledgeResults(
  progress: LearnerProgress,
  quiz: QuizRef,
  pack: ContentPack,
  passMarkPercent: number,
): LearnerProgress {
  const attempt = attemptOf(progress, quiz);
  if (!attempt?.finishedAt || attempt.acknowledged) throw notNow();
  if (quiz.kind === 'module' && !attempt.passed) throw notNow();
  const updated = withAttempt(progress, quiz, { ...attempt, acknowledged: true });
  if (quiz.kind === 'module' || !progress.check) return updated;
  const { moduleOf } = progress.check;
  const plan = pack.modules
    .map((m) => m.id)
    .filter((moduleId) => {
      const ids = attempt.scenarioIds.filter((id) => moduleOf[id] === moduleId);
      if (ids.length === 0) return false;
      const correct = ids.filter((id) => attempt.correctIds?.includes(id)).length;
      return !hasPassed(wholePercent(correct, ids.length), passMarkPercent);
    });
  const modules = Object.fromEntries(plan.map((id) => [id, emptyModuleProgress()]));
  return { ...updated, plan, modules: { ...modules, ...updated.modules } };
}

/** A failed module: take the quiz again at once, or go back through the lesson first. */
export function retakeModule(
  progress: LearnerProgress,
  moduleId: string,
  reviewFirst: boolean,
): LearnerProgress {
  const quiz = { kind: 'module', moduleId } as const;
  const attempt = attemptOf(progress, quiz);
  if (!attempt?.finishedAt || attempt.acknowledged || attempt.passed) throw notNow();
  const updated = withAttempt(progress, quiz, { ...attempt, acknowledged: true });
  if (!reviewFirst) return updated;
  const state = updated.modules[moduleId] ?? emptyModuleProgress();
  return { ...updated, modules: { ...updated.modules, [moduleId]: { ...state, page: 0 } } };
}

export function notNow(): DomainError {
  return new DomainError('learning-not-current-step', 'errors.learning.notCurrentStep');
}
