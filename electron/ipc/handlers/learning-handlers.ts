import type { AppServices } from '../../services/app-services';
import { learnerSteps } from '../../services/learning/learner-steps';
import type { learningOperations } from '../../../common/ipc/operations/learning-operations';
import type { Handlers } from '../router';

export function learningHandlers(
  services: AppServices,
): Pick<Handlers, keyof typeof learningOperations> {
  const { learning } = services;
  const steps = learnerSteps(learning, services.env.now);
  return {
    learningSuggest: ({ identifier }) => learning.suggest(identifier),
    learningStart: ({ learner, recordType, pin, optionalModules }) =>
      learning.start(learner, recordType, pin, optionalModules),
    learningResume: ({ identifier, pin }) => learning.resume(identifier, pin),
    learningChooseNewPin: ({ identifier, pin }) => learning.chooseNewPin(identifier, pin),
    learningLeave: async ({ sessionId }) => {
      await learning.leave(sessionId);
      return null;
    },
    learningSession: ({ sessionId }) => learning.view(sessionId),
    learningSetPage: ({ sessionId, moduleId, page }) => steps.setPage(sessionId, moduleId, page),
    learningSort: ({ sessionId, moduleId, statementId, answer }) =>
      steps.sort(sessionId, moduleId, statementId, answer),
    learningReveal: ({ sessionId, moduleId, cardId }) => steps.reveal(sessionId, moduleId, cardId),
    learningAnswer: ({ sessionId, ...choice }) => steps.answer(sessionId, choice),
    learningAcknowledge: ({ sessionId, quiz }) => steps.acknowledge(sessionId, quiz),
    learningRetake: ({ sessionId, moduleId, reviewFirst }) =>
      steps.retake(sessionId, moduleId, reviewFirst),
    learningSummary: ({ sessionId }) => learning.completionSummary(sessionId),
    // The lead resets a forgotten PIN with the learner beside them (the router checks lead access).
    leadResetLearnerPin: async ({ identifier }) => {
      await learning.resetPin(identifier);
      return null;
    },
  };
}
