import type { Module, Scenario } from '../../../common/content/content-schema';
import { seededShuffle } from './seeded-shuffle';

/**
 * Which scenarios an attempt presents. Scenarios sharing an `alternateGroup` are alternates: one
 * per group per attempt, rotating on each retake, so a learner who failed meets a different
 * version where the module offers one. Scenarios outside any group always appear.
 * `rotation` is the attempt number (0-based) plus a per-session offset.
 */
export function selectAlternates(scenarios: readonly Scenario[], rotation: number): Scenario[] {
  const groups = new Map<string, Scenario[]>();
  for (const scenario of scenarios) {
    if (!scenario.alternateGroup) continue;
    groups.set(scenario.alternateGroup, [...(groups.get(scenario.alternateGroup) ?? []), scenario]);
  }
  return scenarios.filter((scenario) => {
    const group = scenario.alternateGroup ? groups.get(scenario.alternateGroup) : undefined;
    if (!group) return true;
    return group[positiveModulo(rotation, group.length)] === scenario;
  });
}

/**
 * The refresher's mixed check: one scenario from each module, chosen by the seed from that
 * module's scenarios, so two learners (or two years) do not meet the same check.
 */
export function pickCheckScenarios(
  modules: readonly Pick<Module, 'id' | 'scenarios'>[],
  seed: number,
): { moduleId: string; scenarioId: string }[] {
  return modules.flatMap((module, index) => {
    const [first] = seededShuffle(module.scenarios, seed + index);
    return first ? [{ moduleId: module.id, scenarioId: first.id }] : [];
  });
}

function positiveModulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
