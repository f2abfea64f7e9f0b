import type { LearningService, SessionView } from './learning-service';
import type { QuizRef } from './next-task';
import { acknowledgeResults, retakeModule } from './progress-updates';
import { answerStep, revealCard, setPage, sortStatement, type StepChoice } from './session-changes';

/**
 * The learner's steps as the IPC handlers call them: each is one saved change. Kept apart from
 * the service so the service stays about loading and saving, and each step reads in one place.
 */
export function learnerSteps(service: LearningService, now: () => Date) {
  return {
    setPage: (sessionId: string, moduleId: string, page: number) =>
      service.update(sessionId, (p, pack) => setPage(p, pack, moduleId, page)),

    sort: (sessionId: string, moduleId: string, statementId: string, answer: 'do' | 'dont') =>
      service.update(sessionId, (p, pack) => sortStatement(p, pack, moduleId, statementId, answer)),

    reveal: (sessionId: string, moduleId: string, cardId: string) =>
      service.update(sessionId, (p, pack) => revealCard(p, pack, moduleId, cardId)),

    acknowledge: (sessionId: string, quiz: QuizRef) =>
      service.update(sessionId, (p, pack) =>
        acknowledgeResults(p, quiz, pack, service.passMarkPercent),
      ),

    retake: (sessionId: string, moduleId: string, reviewFirst: boolean) =>
      service.update(sessionId, (p) => retakeModule(p, moduleId, reviewFirst)),

    /** Saves the answer, then appends it to the analytics file for the lead's question report. */
    async answer(
      sessionId: string,
      choice: StepChoice,
    ): Promise<{ view: SessionView; best: boolean }> {
      let result: ReturnType<typeof answerStep> | undefined;
      const view = await service.update(
        sessionId,
        (p, pack) => {
          result = answerStep(p, pack, choice, service.passMarkPercent, now());
          return result.progress;
        },
        async (saved) => {
          if (!result) return;
          await service.recordAnswerEvent(
            {
              learnerKey: saved.learnerKey,
              attemptId: saved.sessionId,
              moduleId: result.moduleId,
              scenarioId: choice.scenarioId,
              stepId: choice.stepId,
              optionIds: choice.optionIds,
              best: result.best,
              firstTry: result.firstTry,
            },
            { identity: saved.learner, locale: saved.locale },
          );
        },
      );
      return { view, best: result?.best ?? false };
    },
  };
}

export type LearnerSteps = ReturnType<typeof learnerSteps>;
