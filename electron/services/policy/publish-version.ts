import type { Aup, Locale } from '../../../common/content/content-schema';
import { LOCALES } from '../../../common/i18n/locales';
import type {
  LocaleTexts,
  OrgClause,
  OrgPolicy,
  PolicyVersion,
  PublishedAgreement,
  PublishedClause,
} from '../../../common/policy/policy-schema';
import { aupTextDigest } from '../ledger/aup-text-digest';

/** The text of a clause or note in `locale`, or the other language's with which it is. */
export function textIn(
  texts: LocaleTexts,
  locale: Locale,
): { text: string; language: Locale } | null {
  const own = texts[locale];
  if (own !== undefined) return { text: own, language: locale };
  for (const other of LOCALES) {
    const text = texts[other];
    if (text !== undefined) return { text, language: other };
  }
  return null;
}

/** Same wording in every locale: a clause whose text did not change keeps its revision. */
function sameTexts(a: LocaleTexts, b: LocaleTexts): boolean {
  return LOCALES.every((locale) => a[locale] === b[locale]);
}

/** Own clauses' revisions: new ones start at 1, reworded ones go up by one, others stay. */
function ownRevisions(policy: OrgPolicy, previous: PolicyVersion | undefined) {
  const before = new Map<string, OrgClause>(
    (previous?.policy.clauses ?? []).map((clause) => [clause.id, clause]),
  );
  return new Map(
    policy.clauses.map((clause) => {
      const earlier = before.get(clause.id);
      const revision = previous?.clauseRevisions[clause.id] ?? 0;
      const changed = !earlier || earlier.retired || !sameTexts(earlier.text, clause.text);
      return [clause.id, changed ? revision + 1 : Math.max(revision, 1)];
    }),
  );
}

function agreementFor(
  aup: Aup,
  locale: Locale,
  policy: OrgPolicy,
  revisions: ReadonlyMap<string, number>,
): PublishedAgreement {
  const builtIn: PublishedClause[] = aup.clauses.map((clause) => ({
    id: clause.id,
    revision: clause.revision,
    text: clause.text,
    language: locale,
    modules: clause.modules,
  }));
  const own: PublishedClause[] = policy.clauses
    .filter((clause) => !clause.retired)
    .flatMap((clause) => {
      const shown = textIn(clause.text, locale);
      if (!shown) return [];
      return [{ id: clause.id, revision: revisions.get(clause.id) ?? 1, ...shown, modules: [] }];
    });
  const clauses = [...builtIn, ...own];
  return { locale, clauses, digest: aupTextDigest(clauses, locale) };
}

/**
 * A new published version of the agreement from the draft: the built-in clauses as shipped,
 * then the organisation's live clauses, in every locale, kept exactly as they will be shown
 * (unfilled) with the digest of each locale's text. Its number follows the last version's.
 */
export function publishVersion(input: {
  draft: OrgPolicy;
  previous: PolicyVersion | undefined;
  builtIn: Readonly<Record<Locale, Aup>>;
  changeNote: string;
  now: Date;
  /** The built-in modules' digest (`contentVersionOf`) the version is published against. */
  modulesDigest?: string;
}): PolicyVersion {
  const { draft, previous, builtIn } = input;
  const number = (previous?.number ?? 0) + 1;
  const builtInVersion = builtIn[LOCALES[0]].version;
  const revisions = ownRevisions(draft, previous);
  const agreements = LOCALES.map((locale) =>
    agreementFor(builtIn[locale], locale, draft, revisions),
  );
  const clauseRevisions = Object.fromEntries(
    (agreements[0]?.clauses ?? []).map((clause) => [clause.id, clause.revision]),
  );
  return {
    version: `${builtInVersion}-org.${number}`,
    number,
    builtInVersion,
    ...(input.modulesDigest ? { modulesDigest: input.modulesDigest } : {}),
    publishedAt: input.now.toISOString(),
    changeNote: input.changeNote,
    policy: draft,
    clauseRevisions: { ...Object.fromEntries(revisions), ...clauseRevisions },
    agreements,
  };
}
