import { z } from 'zod';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';
import { statementId } from './statement-id';
import {
  VERBS,
  XAPI_VERSION,
  type XapiAccountAgent,
  type XapiActivity,
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
});
export type StatementOptions = z.input<typeof statementOptionsSchema>;

/**
 * Turns one live acceptance record into its xAPI statements: course `completed`, one
 * `passed`/`failed` per module and `accept` for the acceptable-use policy.
 *
 * The actor carries the learner's full name as well as the account: the LRS belongs to the same
 * organisation that holds the ledger, and its reports are unreadable without names. Erasure in
 * this app cannot reach an LRS, so callers must pass live (not erased) records only, and the lead
 * must erase in the LRS too.
 */
export function recordToStatements(
  record: AcceptanceRecord,
  options: StatementOptions,
): XapiStatement[] {
  const parsed = statementOptionsSchema.safeParse(options);
  if (!parsed.success) throw new DomainError('xapi.optionsInvalid', 'errors.xapi.optionsInvalid');
  const { homePage, passMarkPercent } = parsed.data;
  const base = parsed.data.activityBase.replace(/\/+$/, '');
  const actor: XapiAccountAgent = {
    objectType: 'Agent',
    name: record.learner.fullName,
    account: { homePage, name: record.learner.identifier },
  };
  const course = activity(`${base}/course`, 'E-safety induction', 'course');
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

  const completed: XapiStatement = {
    ...common,
    id: statementId(record.recordId, 'completed'),
    verb: VERBS.completed,
    object: course,
    result: {
      score: scaled(record.overallPercent),
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
      id: statementId(record.recordId, `module:${score.moduleId}`),
      verb: success ? VERBS.passed : VERBS.failed,
      object: activity(
        `${base}/modules/${encodeURIComponent(score.moduleId)}`,
        score.moduleId,
        'module',
      ),
      result: {
        score: scaled(score.percent),
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
    id: statementId(record.recordId, 'accepted'),
    verb: VERBS.accepted,
    object: {
      objectType: 'Activity',
      id: `${base}/acceptable-use-policy`,
      // The version is context, not definition: one policy activity, many signed versions.
      definition: { name: { 'en-GB': 'Acceptable use policy' } },
    },
    context: {
      ...context,
      contextActivities: { parent: [course] },
      extensions: {
        ...context.extensions,
        [`${base}/extensions/aup-version`]: record.aupVersion,
        [`${base}/extensions/aup-text-sha256`]: record.aupTextSha256,
        [`${base}/extensions/signature-method`]: record.signatureMethod,
      },
    },
    timestamp: record.signedAt,
  };

  return [completed, ...modules, accepted];
}

function activity(id: string, name: string, type: 'course' | 'module'): XapiActivity {
  return {
    objectType: 'Activity',
    id,
    definition: { name: { 'en-GB': name }, type: `http://adlnet.gov/expapi/activities/${type}` },
  };
}

function scaled(percent: number): { scaled: number; raw: number; min: number; max: number } {
  return { scaled: percent / 100, raw: percent, min: 0, max: 100 };
}

/** ISO 8601 duration in whole seconds; never negative even if the clock moved backwards. */
function isoDuration(from: string, to: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  return `PT${seconds}S`;
}
