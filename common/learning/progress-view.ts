import type { QuizRef } from '../../electron/services/learning/next-task';
import type {
  LearnerProgress,
  ModuleProgress,
  QuizAttempt,
} from '../../electron/services/learning/progress-schema';

/**
 * Pure reads of a learner's progress that both main and the renderer need. Kept apart from the
 * progress schema so the learner's bundle does not load zod to read its own progress.
 */
export const emptyModuleProgress = (): ModuleProgress => ({
  page: 0,
  sort: {},
  revealed: [],
  attempts: [],
});

/** The attempt a quiz is on: the check's single attempt, or a module's latest. */
export function attemptOf(
  progress: Pick<LearnerProgress, 'check' | 'modules'>,
  quiz: QuizRef,
): QuizAttempt | undefined {
  if (quiz.kind === 'check') return progress.check?.attempt;
  return progress.modules[quiz.moduleId]?.attempts.at(-1);
}
