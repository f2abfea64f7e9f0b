import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseIdentifier } from '../status/learner-identifier';

/**
 * One answer a learner chose in a scenario step. The learner appears only as `learnerKey`, a
 * SHA-256 of their normalised identifier, so the answers file holds no names or emails. (It is
 * pseudonymous, not anonymous: whoever knows an identifier can compute its key, which is
 * exactly what erasure needs.)
 */
export const answerEventSchema = z.preprocess(
  readSingleOption,
  z.object({
    learnerKey: z.string().regex(/^[0-9a-f]{64}$/),
    attemptId: z.string().min(1),
    moduleId: z.string().min(1),
    scenarioId: z.string().min(1),
    stepId: z.string().min(1),
    /** The option chosen, or the options chosen on a multi-answer step. */
    optionIds: z.array(z.string().min(1)).min(1),
    /** The options chosen were exactly the best ones. */
    best: z.boolean(),
    /** This is the learner's first answer to the step in this attempt. */
    firstTry: z.boolean(),
    at: z.iso.datetime({ offset: false }),
  }),
);
export type AnswerEvent = z.infer<typeof answerEventSchema>;

/** Lines written before multi-answer steps hold one `optionId`: read it as a one-item list. */
function readSingleOption(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'optionIds' in value) return value;
  const { optionId, ...rest } = value as { optionId?: unknown };
  return optionId === undefined ? value : { ...rest, optionIds: [optionId] };
}

export function learnerKeyFor(identifier: string): string {
  return createHash('sha256').update(normaliseIdentifier(identifier), 'utf8').digest('hex');
}
