import { z } from 'zod';
import {
  contentIdSchema,
  contentTextSchema,
  SEED_FILES,
  type SeedFile,
} from '../../../common/content/content-schema';

/**
 * `content/coverage/<seed name without .txt>.json`: an audit of one source policy, listing each
 * rule it contains (in the auditor's own words) and the content ids that teach it. It lets anyone
 * confirm that every DO, DO NOT and rule of every seed is taught somewhere.
 */
export const COVERAGE_RULE_KINDS = ['do', 'dont', 'rule', 'in-place'] as const;

export const coverageRuleSchema = z.object({
  id: contentIdSchema,
  /** The seed heading the rule sits under, as written there. */
  section: contentTextSchema,
  kind: z.enum(COVERAGE_RULE_KINDS),
  summary: contentTextSchema,
  /** Guidance item, activity statement or card, scenario or AUP clause ids (en-GB). */
  taughtBy: z.array(contentIdSchema).min(1, 'every rule is taught by at least one content id'),
});

export const coverageFileSchema = z.object({
  seed: z.enum(SEED_FILES),
  title: contentTextSchema,
  rules: z.array(coverageRuleSchema).min(1, 'a coverage file lists at least one rule'),
});

export type CoverageRule = z.infer<typeof coverageRuleSchema>;
export type CoverageFile = z.infer<typeof coverageFileSchema>;

/** The coverage file's path relative to the content folder, e.g. `coverage/000_d220a51004cfa915.json`. */
export function coverageFilePath(seed: SeedFile): string {
  return `coverage/${seed.replace(/\.txt$/, '')}.json`;
}
