import type { ContentPack } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { nextTask, scenarioLookup, type QuizRef } from './next-task';
import { attemptOf, emptyModuleProgress } from '../../../common/learning/progress-view';
import type { LearnerProgress } from './progress-schema';
import { notNow, withAttempt } from './progress-updates';
import { finishIfComplete, recordAnswer } from './quiz-attempt';

/** Pure changes made by the learner's own steps; the service saves what they return. */

function moduleOf(pack: ContentPack, moduleId: string) {
  const module = pack.modules.find((m) => m.id === moduleId);
  if (!module) throw new DomainError('learning-unknown-module', 'errors.learning.unknownModule');
  return module;
}

function patchModule(
  progress: LearnerProgress,
  moduleId: string,
  patch: (state: LearnerProgress['modules'][string]) => Partial<LearnerProgress['modules'][string]>,
): LearnerProgress {
  const state = progress.modules[moduleId] ?? emptyModuleProgress();
  return {
    ...progress,
    modules: { ...progress.modules, [moduleId]: { ...state, ...patch(state) } },
  };
}

/** Moves through the lesson of the module being taken; the page after the last opens the quiz. */
export function setPage(
  progress: LearnerProgress,
  pack: ContentPack,
  moduleId: string,
  page: number,
): LearnerProgress {
  const task = nextTask(progress, pack);
  if (task.kind !== 'lesson' || task.moduleId !== moduleId || page > task.pageCount) throw notNow();
  return patchModule(progress, moduleId, () => ({ page: Math.max(0, page) }));
}

export function sortStatement(
  progress: LearnerProgress,
  pack: ContentPack,
  moduleId: string,
  statementId: string,
  answer: 'do' | 'dont',
): LearnerProgress {
  const known = moduleOf(pack, moduleId).activities.some(
    (a) => a.type === 'sort' && a.statements.some((s) => s.id === statementId),
  );
  if (!known) throw notNow();
  return patchModule(progress, moduleId, (state) => ({
    sort: { ...state.sort, [statementId]: answer },
  }));
}

export function revealCard(
  progress: LearnerProgress,
  pack: ContentPack,
  moduleId: string,
  cardId: string,
): LearnerProgress {
  const known = moduleOf(pack, moduleId).activities.some(
    (a) => a.type === 'reveal' && a.cards.some((c) => c.id === cardId),
  );
  if (!known) throw notNow();
  return patchModule(progress, moduleId, (state) => ({
    revealed: state.revealed.includes(cardId) ? state.revealed : [...state.revealed, cardId],
  }));
}

export interface StepChoice {
  quiz: QuizRef;
  scenarioId: string;
  stepId: string;
  /** One option, or one or more on a multi-answer step. */
  optionIds: string[];
}

export interface AnsweredStep {
  progress: LearnerProgress;
  best: boolean;
  moduleId: string;
  /** No earlier answer to this step anywhere in the session (a retake's answers are not). */
  firstTry: boolean;
}

export function answerStep(
  progress: LearnerProgress,
  pack: ContentPack,
  choice: StepChoice,
  passMarkPercent: number,
  at: Date,
): AnsweredStep {
  const attempt = attemptOf(progress, choice.quiz);
  if (!attempt) throw notNow();
  const lookup = scenarioLookup(
    choice.quiz.kind === 'check' ? pack.modules : [moduleOf(pack, choice.quiz.moduleId)],
  );
  const firstTry = !allAttempts(progress).some((a) =>
    Object.values(a.answers).some((answers) => answers.some((x) => x.stepId === choice.stepId)),
  );
  const answered = recordAnswer(attempt, lookup, choice);
  const finished = finishIfComplete(answered.attempt, lookup, passMarkPercent, at);
  const moduleId =
    choice.quiz.kind === 'check'
      ? (progress.check?.moduleOf[choice.scenarioId] ?? '')
      : choice.quiz.moduleId;
  return {
    progress: withAttempt(progress, choice.quiz, finished),
    best: answered.best,
    moduleId,
    firstTry,
  };
}

function allAttempts(progress: LearnerProgress) {
  const modules = Object.values(progress.modules).flatMap((m) => m.attempts);
  return progress.check ? [progress.check.attempt, ...modules] : modules;
}
