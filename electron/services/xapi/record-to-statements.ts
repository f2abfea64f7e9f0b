import { z } from 'zod';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';
import { DomainError } from '../errors';
import { statementId } from './statement-id';
import { activityRoot, courseActivity, moduleActivity } from './xapi-activity';
import { learnerAgent } from './xapi-actor';
import {
  scaledScore,
  VERBS,
  XAPI_VERSION,
  type XapiContext,
  type XapiStatement,
} from './xapi-statement';

export const statementOptionsSchema = z.object({
  /** The organisation's own address; with the learner identifier it names the learner's account. */
  homePage: z.url({ protocol: /^https?$/ }),
  /** Base IRI under which the course, module and policy activity ids are minted. */
  activityBase: z.url({ protocol: /^https?$/ }),
  /** Module and course success is judged against the pass mark in force when exporting. */
  passMarkPercent: z.number().int().min(1).max(100),
  /** Module titles in every shipped language, by module id; the id stands in when absent. */
  moduleNames: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  /** The ledger as it stood once this record was appended (entries and head hash). */
  ledgerCheckpoint: z.object({ entries: z.number().int(), headHash: z.string() }).optional(),
});
export type StatementOptions = z.input<typeof statementOptionsSchema>;

/**
 * Turns one live acceptance record into its xAPI statements: course `completed`, one
 * `passed`/`failed` per module and `accept` for the acceptable-use policy (only `accept` for a
 * re-signed agreement).
 *
 * The actor is the learner (see learnerAgent). Callers pass live (not erased) records only; an
 * erasure later voids these statements by their ids (see voidingStatements), which are fixed by
 * the record id so they can be named again without being stored.
 */
export function recordToStatements(
  record: AcceptanceRecord,
  options: StatementOptions,
): XapiStatement[] {
  const parsed = statementOptionsSchema.safeParse(options);
  if (!parsed.success) throw new DomainError('xapi.optionsInvalid', 'errors.xapi.optionsInvalid');
  const { homePage, passMarkPercent } = parsed.data;
  const base = activityRoot(parsed.data.activityBase);
  const actor = learnerAgent(record.learner, homePage);
  const course = courseActivity(base);
  const context: XapiContext = {
    // The record id groups the statements of one completion in the LRS.
    registration: record.recordId,
    platform: 'E-safety Induction',
    language: record.locale,
    extensions: {
      [`${base}/extensions/record-type`]: record.recordType,
      [`${base}/extensions/certificate-code`]: record.certificateCode,
      [`${base}/extensions/device-id`]: record.deviceId,
    },
  };
  const common = { actor, version: XAPI_VERSION } as const;
  const ids = idsOf(record);

  const completed: XapiStatement = {
    ...common,
    id: ids.completed,
    verb: VERBS.completed,
    object: course,
    result: {
      score: scaledScore(record.overallPercent),
      success: record.overallPercent >= passMarkPercent,
      completion: true,
      duration: isoDuration(record.startedAt, record.completedAt),
    },
    context,
    timestamp: record.completedAt,
  };

  const modules = record.moduleScores.map((score): XapiStatement => {
    const success = score.percent >= passMarkPercent;
    return {
      ...common,
      id: ids.module(score.moduleId),
      verb: success ? VERBS.passed : VERBS.failed,
      object: moduleActivity(base, score.moduleId, parsed.data.moduleNames?.[score.moduleId]),
      result: {
        score: scaledScore(score.percent),
        success,
        completion: true,
        extensions: { [`${base}/extensions/attempts`]: score.attempts },
      },
      context: { ...context, contextActivities: { parent: [course] } },
      timestamp: record.completedAt,
    };
  });

  const accepted: XapiStatement = {
    ...common,
    id: ids.accepted,
    verb: VERBS.accepted,
    object: {
      objectType: 'Activity',
      id: `${base}/acceptable-use-policy`,
      // The version is context, not definition: one policy activity, many signed versions.
      definition: {
        name: { 'en-GB': 'Acceptable use policy', cy: 'Polisi defnydd derbyniol' },
        type: 'http://adlnet.gov/expapi/activities/policy',
      },
    },
    context: {
      ...context,
      contextActivities: { parent: [course] },
      extensions: {
        ...context.extensions,
        [`${base}/extensions/aup-version`]: record.aupVersion,
        [`${base}/extensions/aup-text-sha256`]: record.aupTextSha256,
        [`${base}/extensions/signature-method`]: record.signatureMethod,
        ...(parsed.data.ledgerCheckpoint
          ? { [`${base}/extensions/ledger-checkpoint`]: parsed.data.ledgerCheckpoint }
          : {}),
      },
    },
    timestamp: record.signedAt,
  };

  // Signing only a changed agreement completes no course and scores no module.
  return renewsTraining(record.recordType) ? [completed, ...modules, accepted] : [accepted];
}

/** Each statement's id, fixed by the record alone (see statementId). */
function idsOf(record: AcceptanceRecord) {
  return {
    completed: statementId(record.recordId, 'completed'),
    module: (moduleId: string) => statementId(record.recordId, `module:${moduleId}`),
    accepted: statementId(record.recordId, 'accepted'),
  };
}

/**
 * The ids of every statement `recordToStatements` makes for this record, without the LRS's
 * settings: an erasure must find them in the queue even after the LRS was disconnected.
 */
export function recordStatementIds(record: AcceptanceRecord): string[] {
  const ids = idsOf(record);
  return renewsTraining(record.recordType)
    ? [ids.completed, ...record.moduleScores.map((s) => ids.module(s.moduleId)), ids.accepted]
    : [ids.accepted];
}

/** ISO 8601 duration in whole seconds; never negative even if the clock moved backwards. */
function isoDuration(from: string, to: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  return `PT${seconds}S`;
}
