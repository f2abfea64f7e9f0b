import type { AgreementClause } from '../../../electron/services/signing/signing-agreement';

/** The clauses the learner acknowledges together: the changed ones, or one topic's. */
export interface ClauseGroup {
  /** The checkbox's id: fixed, so the problem summary can link straight to it. */
  id: string;
  changed: boolean;
  topic: string;
  clauses: AgreementClause[];
}

/**
 * Runs of clauses shown together. Main already orders them (changed first, then by topic), and
 * that order is what the record's digest covers, so grouping here only follows it: a new group
 * starts wherever "changed" or the topic changes. Clauses of another kind (an organisation's own
 * clauses, say) that arrive with their own topic simply form their own group.
 */
export function clauseGroups(clauses: readonly AgreementClause[]): ClauseGroup[] {
  const groups: ClauseGroup[] = [];
  for (const clause of clauses) {
    const last = groups.at(-1);
    const sameGroup =
      last && last.changed === clause.changed && (clause.changed || last.topic === clause.topic);
    if (sameGroup) last.clauses.push(clause);
    else
      groups.push({
        id: `ack-${clause.id}`,
        changed: clause.changed,
        topic: clause.topic,
        clauses: [clause],
      });
  }
  return groups;
}

export function isGroupAcknowledged(group: ClauseGroup, acknowledged: ReadonlySet<string>) {
  return group.clauses.every((clause) => acknowledged.has(clause.id));
}

/** The clause ids acknowledged after ticking or unticking one group. */
export function withGroup(
  acknowledged: ReadonlySet<string>,
  group: ClauseGroup,
  checked: boolean,
): Set<string> {
  const next = new Set(acknowledged);
  for (const clause of group.clauses) {
    if (checked) next.add(clause.id);
    else next.delete(clause.id);
  }
  return next;
}
