import type { AupClause } from '../../../common/content/content-schema';

/**
 * Clause ids that changed since the learner last signed: clauses that are new to them, or whose
 * revision is higher than the one they signed. With no earlier signature nothing is "changed":
 * an induction shows every clause as new anyway.
 */
export function changedClauseIds(
  signedRevisions: Readonly<Record<string, number>> | undefined,
  clauses: ReadonlyArray<Pick<AupClause, 'id' | 'revision'>>,
): string[] {
  if (!signedRevisions) return [];
  return clauses
    .filter((clause) => {
      const signed = signedRevisions[clause.id];
      return signed === undefined || clause.revision > signed;
    })
    .map((clause) => clause.id);
}

/**
 * The order clauses are shown in: changed clauses first (so a refresher learner reads what is
 * new before what they already know), each group keeping the policy's own order. The same order
 * is hashed into the record, because the digest covers what was shown, in the order shown.
 */
export function orderForSigning<T extends Pick<AupClause, 'id'>>(
  clauses: readonly T[],
  changedIds: readonly string[],
): Array<T & { changed: boolean }> {
  const changed = new Set(changedIds);
  const marked = clauses.map((clause) => ({ ...clause, changed: changed.has(clause.id) }));
  return [...marked.filter((c) => c.changed), ...marked.filter((c) => !c.changed)];
}
