/**
 * The kinds a record is made of: who the learner is, which training, how they signed. Kept free
 * of zod so the learner's start form can list them without loading the record schema.
 */
export const LEARNER_ROLES = [
  'staff',
  'volunteer',
  'trustee',
  'sessional',
  'agency',
  'student',
] as const;
export type LearnerRole = (typeof LEARNER_ROLES)[number];

export const RECORD_TYPES = ['induction', 'refresher'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];
