import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContentPack, Scenario } from '../../../common/content/content-schema';
import type { ScenarioReview } from '../../../electron/services/learning/answer-review';

/** The texts of `ids` in `scenario`'s step, in the order given (the order the learner saw). */
function texts(scenario: Scenario | undefined, stepId: string, ids: readonly string[]): string[] {
  const step = scenario?.steps.find((s) => s.id === stepId);
  return ids.flatMap((id) => step?.options.filter((o) => o.id === id).map((o) => o.text) ?? []);
}

/**
 * Each scenario of a module quiz with whether it was answered well; under one that was not, each
 * step that fell short with what the learner chose and the best answer, options in the order shown.
 */
export function ResultsReview({
  review,
  pack,
}: {
  review: readonly ScenarioReview[];
  pack: ContentPack;
}) {
  const { t } = useTranslation('quiz');
  const scenarios = pack.modules.flatMap((m) => m.scenarios);
  return (
    <ul className="results__list">
      {review.map(({ scenarioId, correct, steps }) => {
        const scenario = scenarios.find((s) => s.id === scenarioId);
        const ItemIcon = correct ? CircleCheck : CircleAlert;
        return (
          <li key={scenarioId} className="results__item">
            <p className={`verdict verdict--${correct ? 'right' : 'wrong'}`}>
              <ItemIcon aria-hidden="true" size={20} />
              <span>
                {t('results.line', {
                  title: scenario?.title ?? '',
                  verdict: t(correct ? 'results.right' : 'results.wrong'),
                })}
              </span>
            </p>
            {!correct && (
              <ul className="results__steps">
                {steps
                  .filter((step) => !step.best)
                  .map((step) => {
                    const options = scenario?.steps.find((s) => s.id === step.stepId)?.options;
                    const bestIds = step.optionIds.filter(
                      (id) => options?.find((o) => o.id === id)?.best,
                    );
                    return (
                      <li key={step.stepId}>
                        <p>
                          {t('results.youChose', {
                            answer: texts(scenario, step.stepId, step.chosenIds).join('; '),
                          })}
                        </p>
                        <p>
                          {t('results.bestWas', {
                            count: bestIds.length,
                            answer: texts(scenario, step.stepId, bestIds).join('; '),
                          })}
                        </p>
                      </li>
                    );
                  })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
