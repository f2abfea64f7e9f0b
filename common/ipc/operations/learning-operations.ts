import { z } from 'zod';
import type { CompletionSummary } from '../../../electron/services/learning/completion-summary';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { LEARNER_ROLES, RECORD_TYPES, type RecordType } from '../../records/acceptance-record';
import { identifierField, personNameField, storedIdentifierField } from '../../text/text-fields';
import { operation } from '../operation';

const sessionId = z.uuid();
const contentId = z.string().min(1).max(200);
const identifier = storedIdentifierField;
// Only bounded here: main checks the PIN's shape itself and says what is wrong in the learner's
// language (see common/learning/learner-pin.ts), and a wrong-shaped try counts as a wrong PIN.
const pin = z.string().max(64);
const quiz = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('module'), moduleId: contentId }).strict(),
  z.object({ kind: z.literal('check') }).strict(),
]);

export interface RecordTypeSuggestion {
  suggested: RecordType;
  /** Every kind this person may start, `suggested` first (main refuses any other). */
  choices: RecordType[];
  /** This email or staff ID already has unfinished training on this device. */
  inProgress: boolean;
}

export const learningOperations = {
  learningSuggest: operation<RecordTypeSuggestion>('learner')(z.object({ identifier }).strict()),
  learningStart: operation<SessionView>('learner')(
    z
      .object({
        learner: z
          .object({
            // A new identity follows the text policy (common/text); looking one up does not, so
            // an identifier stored before the policy can still be found.
            fullName: personNameField,
            role: z.enum(LEARNER_ROLES),
            identifier: identifierField,
          })
          .strict(),
        recordType: z.enum(RECORD_TYPES),
        pin,
        /** Modules optional for the role that the learner chose to take too (induction only). */
        optionalModules: z.array(contentId).max(50).optional(),
      })
      .strict(),
  ),
  learningResume: operation<SessionView>('learner')(z.object({ identifier, pin }).strict()),
  /** Only for training whose PIN the e-safety lead has reset. */
  learningChooseNewPin: operation<SessionView>('learner')(z.object({ identifier, pin }).strict()),
  /** Save and leave, or the screen timed out: the session is closed until the PIN is given. */
  learningLeave: operation<null>('learner')(z.object({ sessionId }).strict()),
  learningSession: operation<SessionView>('learner')(z.object({ sessionId }).strict()),
  learningSetPage: operation<SessionView>('learner')(
    z.object({ sessionId, moduleId: contentId, page: z.number().int().min(0).max(100) }).strict(),
  ),
  learningSort: operation<SessionView>('learner')(
    z
      .object({
        sessionId,
        moduleId: contentId,
        statementId: contentId,
        answer: z.enum(['do', 'dont']),
      })
      .strict(),
  ),
  learningReveal: operation<SessionView>('learner')(
    z.object({ sessionId, moduleId: contentId, cardId: contentId }).strict(),
  ),
  learningAnswer: operation<{ view: SessionView; best: boolean }>('learner')(
    z
      .object({
        sessionId,
        quiz,
        scenarioId: contentId,
        stepId: contentId,
        /** One option, or one or more on a multi-answer step (the content allows at most six). */
        optionIds: z.array(contentId).min(1).max(6),
      })
      .strict(),
  ),
  learningAcknowledge: operation<SessionView>('learner')(z.object({ sessionId, quiz }).strict()),
  learningRetake: operation<SessionView>('learner')(
    z.object({ sessionId, moduleId: contentId, reviewFirst: z.boolean() }).strict(),
  ),
  learningSummary: operation<CompletionSummary>('learner')(z.object({ sessionId }).strict()),
  /** Clears a learner's forgotten PIN; lead access, checked by the router in main. */
  leadResetLearnerPin: operation<null>('lead')(z.object({ identifier }).strict()),
};
