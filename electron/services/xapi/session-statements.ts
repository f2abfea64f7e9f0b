import type { LearnerProgress } from '../learning/progress-schema';
import { statementId } from './statement-id';
import { activityRoot, courseActivity, moduleActivity } from './xapi-activity';
import { learnerAgent } from './xapi-actor';
import {
  scaledScore,
  VERBS,
  XAPI_VERSION,
  type LanguageMap,
  type XapiContext,
  type XapiStatement,
} from './xapi-statement';

/**
 * A learner's session as it was saved: opened (started, or resumed with the PIN), a step saved,
 * or left (saved and left, or timed out). `before` is the progress as it stood before the save.
 */
export interface SessionChange {
  kind: 'opened' | 'saved' | 'left';
  before?: LearnerProgress;
  saved: LearnerProgress;
  at: string;
}

export interface SessionStatementOptions {
  homePage: string;
  activityBase: string;
  /** Module titles in every shipped language, by module id. */
  moduleNames?: Record<string, LanguageMap>;
}

/**
 * The statements one saved change makes: `initialized` when a session opens; `experienced` the
 * first time a module's lesson is done (its quiz reached); `completed` when a module is first
 * passed; `terminated` when the learner leaves or signs. The session id is the registration, as
 * on the answers. Ids are fixed by what they describe, so the same change saved twice (a signing
 * retried, a second leave with no step between) names the same statement and the LRS keeps one.
 */
export function sessionStatements(
  change: SessionChange,
  options: SessionStatementOptions,
): XapiStatement[] {
  const { saved, at } = change;
  const root = activityRoot(options.activityBase);
  const course = courseActivity(root);
  const context: XapiContext = {
    registration: saved.sessionId,
    platform: 'E-safety Induction',
    language: saved.locale,
  };
  const make = (
    kind: string,
    rest: Pick<XapiStatement, 'verb' | 'object' | 'timestamp'> & Partial<XapiStatement>,
  ): XapiStatement => ({
    id: statementId(saved.sessionId, kind),
    actor: learnerAgent(saved.learner, options.homePage),
    context,
    version: XAPI_VERSION,
    ...rest,
  });
  const inCourse = { ...context, contextActivities: { parent: [course] } };
  const statements: XapiStatement[] = [];

  if (change.kind === 'opened') {
    statements.push(
      make(`initialized:${at}`, { verb: VERBS.initialized, object: course, timestamp: at }),
    );
  }
  for (const [moduleId, state] of Object.entries(saved.modules)) {
    const earlier = change.before?.modules[moduleId]?.attempts ?? [];
    const object = moduleActivity(root, moduleId, options.moduleNames?.[moduleId]);
    if (state.attempts.length > 0 && earlier.length === 0) {
      statements.push(
        make(`experienced:${moduleId}`, {
          verb: VERBS.experienced,
          object,
          context: inCourse,
          timestamp: at,
        }),
      );
    }
    const pass = state.attempts.find((attempt) => attempt.finishedAt && attempt.passed);
    if (pass && !earlier.some((attempt) => attempt.finishedAt && attempt.passed)) {
      statements.push(
        make(`completed:${moduleId}`, {
          verb: VERBS.completed,
          object,
          result: {
            completion: true,
            success: true,
            ...(pass.percent !== undefined ? { score: scaledScore(pass.percent) } : {}),
          },
          context: inCourse,
          timestamp: pass.finishedAt ?? at,
        }),
      );
    }
  }
  const signedNow =
    change.kind === 'saved' && saved.signedRecordId !== undefined && !change.before?.signedRecordId;
  // A signed session was terminated by its signing; leaving it afterwards adds nothing.
  if (signedNow || (change.kind === 'left' && !saved.signedRecordId)) {
    statements.push(
      make(signedNow ? 'terminated:signed' : `terminated:${saved.updatedAt}`, {
        verb: VERBS.terminated,
        object: course,
        timestamp: at,
      }),
    );
  }
  return statements;
}
