import { z } from 'zod';

/** Clause id → revision: what a learner agreed to, clause by clause. */
export const clauseRevisionsSchema = z.record(z.string(), z.number().int().min(1));

/**
 * A version of the acceptable-use agreement as the records refer to it: its name and the
 * revision of every clause in it. Kept once per version (see AgreementVersions), not per record.
 */
export const agreementVersionSchema = z.strictObject({
  aupVersion: z.string().min(1).max(100),
  clauseRevisions: clauseRevisionsSchema,
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;
