import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { storedIdentifierField } from '../text/text-fields';
import { clauseRevisionsSchema } from './agreement-version';
import {
  LEARNER_ROLES,
  RECORD_TYPES,
  SIGNATURE_METHODS,
  type LearnerRole,
  type RecordType,
  type SignatureMethod,
} from './record-kinds';

/**
 * What the ledger keeps for every signed agreement. This is the evidence the e-safety lead relies
 * on if a conduct question arises, so every field is explicit and nothing is derived at read time.
 */

export { LEARNER_ROLES, RECORD_TYPES, SIGNATURE_METHODS };
export type { LearnerRole, RecordType, SignatureMethod };

const isoUtc = z.iso.datetime({ offset: false });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const learnerIdentitySchema = z.object({
  fullName: z.string().trim().min(1).max(200),
  role: z.enum(LEARNER_ROLES),
  /**
   * An email address or staff ID; it is how a learner resumes and how records are grouped. As
   * long as the start form lets it be (254 characters): a shorter limit here refused a learner
   * the form had accepted, with an unexplained error.
   */
  identifier: storedIdentifierField,
});
export type LearnerIdentity = z.infer<typeof learnerIdentitySchema>;

export const moduleScoreSchema = z.object({
  moduleId: z.string(),
  /** Whole percentage, 0–100, of the module's scenarios answered best. */
  percent: z.number().int().min(0).max(100),
  attempts: z.number().int().min(1),
});
export type ModuleScore = z.infer<typeof moduleScoreSchema>;

export const acceptanceRecordSchema = z.object({
  recordId: z.uuid(),
  learner: learnerIdentitySchema,
  recordType: z.enum(RECORD_TYPES),
  aupVersion: z.string(),
  /** SHA-256 of the exact clause text shown, in the locale shown (see `aupTextDigest`). */
  aupTextSha256: sha256Hex,
  /**
   * SHA-256 of the version signed, as kept once per version with the revision of each of its
   * clauses (see AgreementVersions): lets a refresher show exactly which clauses changed since.
   */
  aupVersionSha256: sha256Hex.optional(),
  /**
   * Clause id → revision signed, in records made before versions were kept apart (they carry
   * no `aupVersionSha256`). Read as they are; new records never write it.
   */
  aupClauseRevisions: clauseRevisionsSchema.optional(),
  locale: z.enum(LOCALES),
  moduleScores: z.array(moduleScoreSchema),
  /** Overall percentage across the modules' scenarios. */
  overallPercent: z.number().int().min(0).max(100),
  startedAt: isoUtc,
  completedAt: isoUtc,
  signedAt: isoUtc,
  deviceId: z.string().min(1),
  signatureMethod: z.enum(SIGNATURE_METHODS),
  /** SHA-256 of the signature image (drawn) or of the typed signature text; the file sits beside the ledger. */
  signatureSha256: sha256Hex,
  certificateCode: z.string().regex(/^[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}$/),
  /** The signing day plus the refresher interval, on the organisation's calendar (YYYY-MM-DD). */
  expiresOn: z.iso.date(),
  organisationName: z.string(),
});
export type AcceptanceRecord = z.infer<typeof acceptanceRecordSchema>;

/**
 * An erasure holds no personal data: only the ids of the records it withdraws, so the chain
 * still verifies after a person's data is removed on request.
 */
export const erasureEventSchema = z.object({
  erasedRecordIds: z.array(z.uuid()).min(1),
  at: isoUtc,
  reason: z.enum(['subject-request', 'retention']),
});
export type ErasureEvent = z.infer<typeof erasureEventSchema>;
