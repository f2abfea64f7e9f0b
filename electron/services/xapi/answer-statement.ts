import type { ContentPack, Locale } from '../../../common/content/content-schema';
import type { LearnerIdentity } from '../../../common/records/acceptance-record';
import type { AnswerEvent } from '../analytics/answer-event';
import { uuidV5 } from './statement-id';
import { activityRoot, moduleIri as moduleIriOf } from './xapi-activity';
import { learnerAgent } from './xapi-actor';
import { VERBS, XAPI_VERSION, type LanguageMap, type XapiStatement } from './xapi-statement';

export interface AnswerStatementOptions {
  homePage: string;
  activityBase: string;
  /** Every shipped language's content: the question's text goes to the LRS in all of them. */
  packs: readonly ContentPack[];
  /** The language the learner answered in. */
  locale: Locale;
}

/** Fixed by the answer itself, so an erasure can name it again from the answers file. */
export function answerStatementId(event: Pick<AnswerEvent, 'attemptId' | 'stepId' | 'at'>): string {
  return uuidV5(`${event.attemptId}:answer:${event.stepId}:${event.at}`);
}

/**
 * One scenario step answered, as a `choice` interaction: the options are the choices, the best
 * options the correct response pattern (xAPI's `[,]` joins several), and the learner's options
 * the response. Null when the step is not in the content (it changed since the answer).
 */
export function answerStatement(
  learner: LearnerIdentity,
  event: AnswerEvent,
  options: AnswerStatementOptions,
): XapiStatement | null {
  const found = options.packs.map((pack) => findStep(pack, event));
  const first = found.find((f) => f !== null);
  if (!first) return null;
  const text = (pick: (f: NonNullable<(typeof found)[number]>) => string): LanguageMap =>
    Object.fromEntries(
      found.flatMap((f, i) => (f ? [[options.packs[i]!.locale, pick(f)] as const] : [])),
    );
  const base = activityRoot(options.activityBase);
  const moduleIri = moduleIriOf(base, event.moduleId);
  const best = first.step.options.filter((option) => option.best).map((option) => option.id);
  return {
    id: answerStatementId(event),
    actor: learnerAgent(learner, options.homePage),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: `${moduleIri}/scenarios/${encodeURIComponent(event.scenarioId)}/steps/${encodeURIComponent(event.stepId)}`,
      definition: {
        name: text((f) => f.scenario.title),
        description: text((f) => f.step.prompt),
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: first.step.options.map((option) => ({
          id: option.id,
          description: text(
            (f) => f.step.options.find((o) => o.id === option.id)?.text ?? option.id,
          ),
        })),
        correctResponsesPattern: [best.join('[,]')],
      },
    },
    result: { success: event.best, response: event.optionIds.join('[,]') },
    context: {
      registration: event.attemptId,
      platform: 'E-safety Induction',
      language: options.locale,
      contextActivities: {
        parent: [{ objectType: 'Activity', id: moduleIri }],
        grouping: [{ objectType: 'Activity', id: `${base}/course` }],
      },
      extensions: { [`${base}/extensions/first-try`]: event.firstTry },
    },
    timestamp: event.at,
    version: XAPI_VERSION,
  };
}

function findStep(pack: ContentPack, event: AnswerEvent) {
  const scenario = pack.modules
    .find((module) => module.id === event.moduleId)
    ?.scenarios.find((s) => s.id === event.scenarioId);
  const step = scenario?.steps.find((s) => s.id === event.stepId);
  return scenario && step ? { scenario, step } : null;
}
