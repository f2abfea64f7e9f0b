import { z } from 'zod';
import { contentIdSchema } from '../content/content-schema';
import { placeholderProblems } from '../content/placeholder-tokens';
import { LOCALES } from '../i18n/locales';
import {
  CHANGE_NOTE_MAX,
  hasMarkup,
  LEARNER_ROLES,
  MODULE_REQUIREMENTS,
  ORG_CLAUSE_ID,
  ORG_CLAUSES_MAX,
  POLICY_TEXT_MAX,
} from './policy-rules';

/**
 * The organisation's own policy: its clauses, which modules each role takes, and its notes on
 * modules. One schema for the draft on disk, every published version and an imported content
 * pack, so a pack that passes here is exactly what the lead could have typed. Every object is
 * strict: an unknown field is a problem, never silently dropped.
 */

function policyText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'text must not be empty')
    .max(max, `text must be at most ${max} characters`)
    .refine((text) => !hasMarkup(text), 'text must not hold markup or script')
    .superRefine((text, ctx) => {
      for (const problem of placeholderProblems(text))
        ctx.addIssue({ code: 'custom', message: problem });
    });
}

export const policyTextSchema = policyText(POLICY_TEXT_MAX);
export const changeNoteSchema = policyText(CHANGE_NOTE_MAX);

/** Text per locale; a locale left out is a missing translation, shown from the other locale. */
export const localeTextsSchema = z
  .strictObject(
    Object.fromEntries(LOCALES.map((locale) => [locale, policyTextSchema.optional()])) as Record<
      (typeof LOCALES)[number],
      z.ZodOptional<typeof policyTextSchema>
    >,
  )
  .refine(
    (texts) => LOCALES.some((locale) => texts[locale] !== undefined),
    'give the text in at least one language',
  );

export const orgClauseSchema = z.strictObject({
  id: z
    .string()
    .max(60)
    .regex(ORG_CLAUSE_ID, 'an organisation clause id looks like org-video-calls'),
  text: localeTextsSchema,
  /** A retired clause is kept (its id is never reused) but no longer in the agreement. */
  retired: z.boolean(),
});

export const roleRequirementsSchema = z.strictObject(
  Object.fromEntries(
    LEARNER_ROLES.map((role) => [role, z.enum(MODULE_REQUIREMENTS).optional()]),
  ) as Record<
    (typeof LEARNER_ROLES)[number],
    z.ZodOptional<z.ZodEnum<{ [K in (typeof MODULE_REQUIREMENTS)[number]]: K }>>
  >,
);

// zod drops a "__proto__" key from a record without a word, and "constructor" is a well-formed
// id: a record keyed by module id refuses both (and every other Object.prototype name) outright.
const reservedKey = (key: string) =>
  key === '__proto__' || key === 'prototype' || key in Object.prototype;

function moduleRecord<T extends z.ZodType>(value: T) {
  return z
    .custom<unknown>(
      (input) =>
        typeof input !== 'object' || input === null || !Object.keys(input).some(reservedKey),
      'a module id may not be a reserved name',
    )
    .pipe(z.record(contentIdSchema, value));
}

export const orgPolicySchema = z
  .strictObject({
    clauses: z.array(orgClauseSchema).max(ORG_CLAUSES_MAX),
    /** Module id → role → requirement; a role not named is 'required'. */
    requirements: moduleRecord(roleRequirementsSchema),
    /** Module id → the organisation's own note (where equipment is kept, who keeps the log). */
    notes: moduleRecord(localeTextsSchema),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.clauses.forEach((clause, index) => {
      if (seen.has(clause.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', index, 'id'],
          message: `clause id ${clause.id} is used twice`,
        });
      }
      seen.add(clause.id);
    });
  });

const isoUtc = z.iso.datetime({ offset: false });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One clause of the whole agreement as published, in one locale, exactly as it will be shown. */
export const publishedClauseSchema = z.strictObject({
  id: contentIdSchema.max(60),
  revision: z.number().int().min(1),
  /** Unfilled text (placeholders as written); filled from settings when shown. */
  text: z
    .string()
    .min(1)
    .max(POLICY_TEXT_MAX * 2),
  /** The language the text is in: the other one's when this locale's translation is missing. */
  language: z.enum(LOCALES),
  /** Built-in clauses carry their module ids; the organisation's have none. */
  modules: z.array(contentIdSchema).max(20),
});

export const publishedAgreementSchema = z.strictObject({
  locale: z.enum(LOCALES),
  clauses: z.array(publishedClauseSchema).min(1).max(500),
  /** SHA-256 of the clauses in policy order (see `aupTextDigest`), unfilled. */
  digest: sha256Hex,
});

export const policyVersionSchema = z.strictObject({
  /** The AUP version records carry, e.g. 2026.2-org.3: the built-in version, then ours. */
  version: z.string().regex(/^\d{4}\.\d+-org\.\d+$/),
  number: z.number().int().min(1),
  builtInVersion: z.string().regex(/^\d{4}\.\d+$/),
  /**
   * Digest of the built-in modules it was published against (see `contentVersionOf`), so the
   * lead is told when a newer app changes the modules it tailors. Absent in versions published
   * before it was kept.
   */
  modulesDigest: sha256Hex.optional(),
  publishedAt: isoUtc,
  changeNote: changeNoteSchema,
  policy: orgPolicySchema,
  /** Every clause id (built-in and own) → its revision in this version. */
  clauseRevisions: moduleRecord(z.number().int().min(1)),
  agreements: z.array(publishedAgreementSchema).min(1).max(LOCALES.length),
});

export const policyFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  draft: orgPolicySchema,
  versions: z.array(policyVersionSchema),
});

/** Which built-in content a pack or version was made against. */
export const contentVersionSchema = z.strictObject({
  aupVersion: z.string().regex(/^\d{4}\.\d+$/),
  /** SHA-256 of the built-in modules in every locale: any change to them changes it. */
  modulesDigest: sha256Hex,
});

export const CONTENT_PACK_FORMAT = 'esafety-content-pack';

/** The one file a lead exports to tailor another device of the same organisation. */
export const contentPackSchema = z.strictObject({
  format: z.literal(CONTENT_PACK_FORMAT),
  formatVersion: z.literal(1),
  madeAt: isoUtc,
  madeAgainst: contentVersionSchema,
  draft: orgPolicySchema,
  versions: z.array(policyVersionSchema).max(1000),
});

export type ContentVersion = z.infer<typeof contentVersionSchema>;
export type ContentPackFile = z.infer<typeof contentPackSchema>;
export type OrgClause = z.infer<typeof orgClauseSchema>;
export type OrgPolicy = z.infer<typeof orgPolicySchema>;
export type LocaleTexts = z.infer<typeof localeTextsSchema>;
export type RoleRequirements = z.infer<typeof roleRequirementsSchema>;
export type PublishedClause = z.infer<typeof publishedClauseSchema>;
export type PublishedAgreement = z.infer<typeof publishedAgreementSchema>;
export type PolicyVersion = z.infer<typeof policyVersionSchema>;
export type PolicyFile = z.infer<typeof policyFileSchema>;

export const EMPTY_POLICY: OrgPolicy = { clauses: [], requirements: {}, notes: {} };
