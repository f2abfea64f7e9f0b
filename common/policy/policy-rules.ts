import { LEARNER_ROLES, type LearnerRole } from '../records/record-kinds';

/**
 * The rules for the organisation's own policy, declared once for main (store, pack import) and
 * the lead's Policy tab. Kept free of zod so the renderer's forms can read the limits cheaply.
 */

export { LEARNER_ROLES, type LearnerRole };

/** How a built-in module applies to a role; a role the lead has not set is 'required'. */
export const MODULE_REQUIREMENTS = ['required', 'optional', 'not-applicable'] as const;
export type ModuleRequirement = (typeof MODULE_REQUIREMENTS)[number];

/** The organisation's clause ids start with this, so they can never collide with built-in ids. */
export const ORG_CLAUSE_PREFIX = 'org-';
export const ORG_CLAUSE_ID = /^org-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest clause or note, in characters: a clause is a sentence or two, not a document. */
export const POLICY_TEXT_MAX = 1000;
export const CHANGE_NOTE_MAX = 500;
export const ORG_CLAUSES_MAX = 100;
/** A content pack is refused before it is parsed if its file is larger than this. */
export const PACK_FILE_MAX_BYTES = 1_000_000;

// Markup has no place in a clause: the screens show text, never HTML, and a pack carrying a tag,
// a script URL or an event handler is hostile or broken either way.
const MARKUP = /<\s*[a-z!/?]|javascript\s*:|\bon[a-z]+\s*=/i;

/** True when text carries markup or script; the same test for a typed clause and a pack. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** What a role is asked to do with a module, under the given requirements. */
export function requirementFor(
  requirements: Readonly<Partial<Record<string, Partial<Record<LearnerRole, ModuleRequirement>>>>>,
  moduleId: string,
  role: LearnerRole,
): ModuleRequirement {
  return requirements[moduleId]?.[role] ?? 'required';
}
