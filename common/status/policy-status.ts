import { requirementFor, type LearnerRole, type ModuleRequirement } from '../policy/policy-rules';

/**
 * Where a person stands with the organisation's current policy, beside their refresher status:
 * one rule for the signing screen, the dashboard and the CSV.
 */

/** Their latest signature is of another (older) version of the agreement than the current one. */
export function resignNeeded(
  latest: { aupVersion: string } | null | undefined,
  currentVersion: string,
): boolean {
  return latest !== null && latest !== undefined && latest.aupVersion !== currentVersion;
}

/**
 * Modules the person's role must now take that none of their records covers: after the lead
 * makes a module required for a role, only that role's people fall due for it.
 */
export function modulesDue(input: {
  role: LearnerRole;
  /** Module ids scored in any of the person's records. */
  taken: readonly string[];
  moduleIds: readonly string[];
  requirements: Readonly<Partial<Record<string, Partial<Record<LearnerRole, ModuleRequirement>>>>>;
}): string[] {
  const taken = new Set(input.taken);
  return input.moduleIds.filter(
    (id) => !taken.has(id) && requirementFor(input.requirements, id, input.role) === 'required',
  );
}
