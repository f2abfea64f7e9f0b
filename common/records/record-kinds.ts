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

/**
 * induction: the full course. refresher: the yearly check. resign: only the clauses of the
 * agreement added or changed since the person last signed, after the lead publishes a new
 * version; no training, so it never moves their refresher date.
 */
export const RECORD_TYPES = ['induction', 'refresher', 'resign'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Training was done for this record, so the refresher falls due from its signing. */
export function renewsTraining(type: RecordType): boolean {
  return type !== 'resign';
}

/** Only someone with a completion on record may start one of these (main refuses otherwise). */
export function needsEarlierCompletion(type: RecordType): boolean {
  return type !== 'induction';
}

/** The certificate's course line for each kind of record (certificate.json keys). */
export const COURSE_LABEL_KEY = {
  induction: 'courseInduction',
  refresher: 'courseRefresher',
  resign: 'courseResign',
} as const satisfies Record<RecordType, string>;

export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];
