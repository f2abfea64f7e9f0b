import type { Scenario, ScenarioStep } from '../../../common/content/content-schema';
import type { OptionOrder } from './progress-schema';
import { newOrder, seedFrom } from './seeded-shuffle';

/**
 * The order each step's options are shown in for one attempt: shuffled from the attempt's seed
 * so writers' habits (the best answer first, say) give nothing away, and different from the
 * previous attempt's order for the same step wherever it can be, so a retake is not answered
 * by position.
 */
export function shuffleOptions(
  scenarios: readonly Scenario[],
  seedText: string,
  previous?: OptionOrder,
): OptionOrder {
  return Object.fromEntries(
    scenarios.map((scenario) => [
      scenario.id,
      Object.fromEntries(
        scenario.steps.map((step) => [
          step.id,
          newOrder(
            step.options.map((o) => o.id),
            seedFrom(`${seedText}:${scenario.id}:${step.id}`),
            previous?.[scenario.id]?.[step.id],
          ),
        ]),
      ),
    ]),
  );
}

/**
 * The option ids of a step in the order recorded for the attempt. Content may have changed since
 * the order was recorded: options that no longer exist are dropped and new ones come last, so
 * the learner always sees every current option exactly once.
 */
export function orderedOptionIds(
  step: ScenarioStep,
  recorded: readonly string[] | undefined,
): string[] {
  const current = step.options.map((o) => o.id);
  const kept = (recorded ?? []).filter((id) => current.includes(id));
  return [...new Set([...kept, ...current])];
}
