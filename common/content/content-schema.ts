import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';
import type { LearnerRole, ModuleRequirement } from '../policy/policy-rules';

/**
 * The shape of every content file under `content/<locale>/`. One schema serves the build-time
 * check (`npm run content:check`) and the app's loader, so a pack that passes one passes both.
 *
 * Text fields may use the organisation placeholders listed in `PLACEHOLDERS`, written
 * `{{orgName}}`; they are filled from settings when shown.
 */

export { LOCALES, type Locale };

export const PLACEHOLDERS = [
  'orgName',
  'esafetyLeadName',
  'esafetyLeadContact',
  'safeguardingLeadName',
  'safeguardingLeadContact',
  'refresherMonths',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** The five source policies, by file name in the seeds folder they were drawn from. */
export const SEED_FILES = [
  '000_d220a51004cfa915.txt',
  '001_2af7d07512dbe52c.txt',
  '002_4ea792338590b8ce.txt',
  '003_f2ffc72f4d6a8751.txt',
  '004_79d773081dac3e96.txt',
] as const;

/** Topic icons the renderer knows how to draw (names from lucide-react). */
export const MODULE_ICONS = [
  'shield-check',
  'user-round-cog',
  'lock-keyhole',
  'bluetooth',
  'camera',
  'mail',
  'gamepad-2',
  'video',
  'siren',
  'ban',
] as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'text must not be empty');

export const sourceRefSchema = z.object({
  seed: z.enum(SEED_FILES),
  /** The heading (or nearest heading) in the seed the guidance comes from, as written there. */
  section: text,
});

/** One DO, DO NOT or "what should be in place" item. */
export const guidanceItemSchema = z.object({
  id,
  text,
  sources: z.array(sourceRefSchema).min(1, 'every item cites at least one seed section'),
});

export const sortActivitySchema = z.object({
  type: z.literal('sort'),
  id,
  prompt: text,
  statements: z
    .array(z.object({ id, text, answer: z.enum(['do', 'dont']) }))
    .min(4, 'a sorting activity needs at least four statements'),
});

export const revealActivitySchema = z.object({
  type: z.literal('reveal'),
  id,
  prompt: text,
  cards: z.array(z.object({ id, front: text, back: text })).min(2),
});

export const activitySchema = z.discriminatedUnion('type', [
  sortActivitySchema,
  revealActivitySchema,
]);

export const optionSchema = z.object({
  id,
  text,
  /** Why this option is or is not the best thing to do; shown after the learner chooses it. */
  feedback: text,
  best: z.boolean(),
  /** For branching scenarios: the id of the step that follows this choice in the same scenario. */
  next: id.optional(),
});

export const stepSchema = z.object({
  id,
  prompt: text,
  /**
   * When true the learner chooses every option that applies (checkboxes) and the step counts as
   * answered well only when they choose all the best options and no other; otherwise one option.
   */
  multiAnswer: z.boolean().optional(),
  options: z.array(optionSchema).min(2).max(6),
});

export const scenarioSchema = z.object({
  id,
  title: text,
  /** Scenarios sharing a group are alternates: a retake may swap one for another. */
  alternateGroup: id.optional(),
  /** The first step is where the scenario starts; later steps are reached through `next`. */
  steps: z.array(stepSchema).min(1),
});

export const moduleSchema = z.object({
  id,
  order: z.number().int().min(1),
  icon: z.enum(MODULE_ICONS),
  title: text,
  summary: text,
  /** Short explanatory paragraphs shown before the lists. */
  intro: z.array(text).min(1),
  dos: z.array(guidanceItemSchema).min(1),
  donts: z.array(guidanceItemSchema).min(1),
  /** What the organisation should have in place. */
  inPlace: z.array(guidanceItemSchema).min(1),
  activities: z.array(activitySchema).min(1),
  scenarios: z.array(scenarioSchema).min(3),
});

export const aupClauseSchema = z.object({
  /** Stable across versions: a later version keeps the id and raises `revision` when it changes. */
  id,
  revision: z.number().int().min(1),
  text,
  sources: z.array(sourceRefSchema).min(1),
  /** The modules that teach what this clause asks of the learner. */
  modules: z.array(id).min(1),
});

export const aupSchema = z.object({
  version: z.string().regex(/^\d{4}\.\d+$/, 'an AUP version looks like 2026.1'),
  title: text,
  intro: text,
  /** The statement the learner affirms before signing. */
  statementOfIntent: text,
  clauses: z.array(aupClauseSchema).min(1),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ScenarioOption = z.infer<typeof optionSchema>;
export type ScenarioStep = z.infer<typeof stepSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type AupClause = z.infer<typeof aupClauseSchema>;
export type Aup = z.infer<typeof aupSchema>;

/** A whole locale's content as the app uses it: modules in order, and the AUP. */
export interface ContentPack {
  locale: Locale;
  modules: Module[];
  aup: Aup;
  /**
   * Set when the organisation has published its own policy (electron/services/policy): clauses
   * shown in the other language because this one's translation is missing, the organisation's
   * note per module, and which modules each role takes.
   */
  tailoring?: PackTailoring;
}

export interface PackTailoring {
  /** Clause id → the language its text is in, for clauses not in the pack's own locale. */
  clauseLanguages: Partial<Record<string, Locale>>;
  /** Module id → the organisation's note, with the language it is written in. */
  notes: Partial<Record<string, { text: string; language: Locale }>>;
  requirements: Partial<Record<string, Partial<Record<LearnerRole, ModuleRequirement>>>>;
}

/** The id and text rules, exported so sibling schemas (such as coverage) cannot drift from them. */
export const contentIdSchema = id;
export const contentTextSchema = text;
export type SeedFile = (typeof SEED_FILES)[number];
