import type { AupClause, ContentPack } from '../../../common/content/content-schema';
import type { PolicyVersion } from '../../../common/policy/policy-schema';
import { ORG_CLAUSE_PREFIX } from '../../../common/policy/policy-rules';
import { textIn } from './publish-version';

/**
 * The built-in pack with the organisation's published policy laid over it: the agreement as
 * published (its own clauses after the built-in ones, a missing translation shown in the other
 * language and marked as such), the version records will carry, the notes and the per-role
 * requirements. Built-in clauses always come from the shipped content, so a newer app's wording
 * is what a learner reads; `builtInChanged` lets the lead area say the policy was made against
 * older built-in content.
 */
export function applyPolicy(pack: ContentPack, published: PolicyVersion | undefined): ContentPack {
  if (!published) return pack;
  const agreement = published.agreements.find((a) => a.locale === pack.locale);
  const own = (agreement?.clauses ?? []).filter((c) => c.id.startsWith(ORG_CLAUSE_PREFIX));
  const ownClauses: AupClause[] = own.map((clause) => ({
    id: clause.id,
    revision: clause.revision,
    text: clause.text,
    sources: [],
    modules: [],
  }));
  const clauseLanguages = Object.fromEntries(
    own.filter((c) => c.language !== pack.locale).map((c) => [c.id, c.language]),
  );
  const notes = Object.fromEntries(
    Object.entries(published.policy.notes).flatMap(([moduleId, texts]) => {
      const shown = textIn(texts, pack.locale);
      return shown ? [[moduleId, shown]] : [];
    }),
  );
  return {
    ...pack,
    aup: {
      ...pack.aup,
      version: published.version,
      clauses: [...pack.aup.clauses, ...ownClauses],
    },
    tailoring: { clauseLanguages, notes, requirements: published.policy.requirements },
  };
}

/**
 * True when the published version was made against other built-in content than the app's: its
 * agreement, or (where the version kept their digest) the modules it tailors.
 */
export function builtInChanged(
  now: { aupVersion: string; modulesDigest: string },
  published: PolicyVersion | undefined,
): boolean {
  if (!published) return false;
  if (published.builtInVersion !== now.aupVersion) return true;
  return published.modulesDigest !== undefined && published.modulesDigest !== now.modulesDigest;
}
