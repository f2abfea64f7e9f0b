import type { ContentPack, Module } from '../content/content-schema';
import { requirementFor, type LearnerRole, type ModuleRequirement } from './policy-rules';

/**
 * Which modules a learner of a role takes in the induction, declared once for main (which builds
 * and checks the plan) and the start form (which offers the optional ones).
 */

/** The modules whose requirement for `role` is `requirement` ('required' by default), in order. */
export function modulesFor(
  modules: readonly Module[],
  role: LearnerRole,
  tailoring: ContentPack['tailoring'],
  requirement: ModuleRequirement = 'required',
): Module[] {
  const requirements = tailoring?.requirements ?? {};
  return modules.filter((module) => requirementFor(requirements, module.id, role) === requirement);
}

/**
 * The induction's plan: every required module, and the optional ones the learner chose, in the
 * course's order. `refused` lists chosen ids that are not optional for the role (or unknown).
 */
export function inductionPlan(
  modules: readonly Module[],
  role: LearnerRole,
  tailoring: ContentPack['tailoring'],
  chosen: readonly string[],
): { plan: string[]; refused: string[] } {
  const optional = new Set(modulesFor(modules, role, tailoring, 'optional').map((m) => m.id));
  const wanted = new Set(chosen.filter((id) => optional.has(id)));
  const plan = modules
    .filter(
      (m) =>
        wanted.has(m.id) ||
        requirementFor(tailoring?.requirements ?? {}, m.id, role) === 'required',
    )
    .map((m) => m.id);
  return { plan, refused: chosen.filter((id) => !optional.has(id)) };
}
