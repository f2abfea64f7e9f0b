import { ArrowRight, CircleAlert, CornerDownRight } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOption } from '../../../common/content/content-schema';
import type { LearningTask } from '../../../electron/services/learning/next-task';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { api, unwrap } from '../../app/api';
import { AnswerFeedback } from './AnswerFeedback';
import type { TaskProps } from './TaskView';
import { useFocusOnShow } from '../use-focus-on-show';

type QuizTask = Extract<LearningTask, { kind: 'quiz' }>;

interface Answered {
  optionIds: string[];
  best: boolean;
  /** The saved session to move on to once the learner has read the feedback. */
  next: SessionView;
}

/**
 * One scenario step: the situation, the options in the order this attempt shuffled them (a radio
 * group, or checkboxes where the step asks for every answer that applies), then feedback on the
 * answer (announced through a status region) before moving on along the branch it leads to.
 */
export function QuizView({
  task,
  view,
  pack,
  onAnswered,
  onFailure,
}: TaskProps & { task: QuizTask }) {
  const { t } = useTranslation('quiz');
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const heading = useFocusOnShow(`${task.scenarioId}:${task.stepId}`);
  const continueButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (answered) continueButton.current?.focus();
  }, [answered]);

  const scenario = pack.modules.flatMap((m) => m.scenarios).find((s) => s.id === task.scenarioId);
  const step = scenario?.steps.find((s) => s.id === task.stepId);
  if (!scenario || !step) return null;
  const isFirstStep = scenario.steps[0]?.id === step.id;
  const multiAnswer = step.multiAnswer === true;
  const options = task.optionIds.flatMap((id): ScenarioOption[] =>
    step.options.filter((o) => o.id === id),
  );
  const selected = answered?.optionIds ?? chosen;

  function toggle(optionId: string, on: boolean) {
    if (!multiAnswer) return setChosen([optionId]);
    setChosen((now) => (on ? [...now, optionId] : now.filter((id) => id !== optionId)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return setMissing(true);
    // Send the choices in the order shown, so the saved answer reads like the screen.
    const optionIds = options.map((o) => o.id).filter((id) => chosen.includes(id));
    try {
      const result = await unwrap(
        api().learningAnswer({
          sessionId: view.progress.sessionId,
          quiz: task.quiz,
          scenarioId: task.scenarioId,
          stepId: task.stepId,
          optionIds,
        }),
      );
      setAnswered({ optionIds, best: result.best, next: result.view });
    } catch (error) {
      onFailure(error);
    }
  }

  const describedBy = [
    multiAnswer ? 'quiz-hint' : '',
    missing && chosen.length === 0 ? 'quiz-missing' : '',
    answered ? 'quiz-answered' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="card quiz" aria-labelledby="quiz-title">
      <p className="quiz__position">
        {t(task.quiz.kind === 'check' ? 'checkPosition' : 'position', {
          current: task.scenarioIndex + 1,
          total: task.scenarioCount,
        })}
      </p>
      <h1 id="quiz-title" ref={heading} tabIndex={-1}>
        {scenario.title}
      </h1>
      {!isFirstStep && (
        <p className="quiz__continued">
          <CornerDownRight aria-hidden="true" size={18} />
          {t('continued')}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="choice-list" aria-describedby={describedBy || undefined}>
          <legend className="quiz__prompt">{step.prompt}</legend>
          {multiAnswer && (
            <p id="quiz-hint" className="field__hint quiz__hint">
              {t('chooseAll')}
            </p>
          )}
          {options.map((option) => (
            <label
              key={option.id}
              className={`choice${answered?.optionIds.includes(option.id) ? ' choice--chosen' : ''}`}
            >
              <input
                type={multiAnswer ? 'checkbox' : 'radio'}
                name={`step-${step.id}`}
                value={option.id}
                checked={selected.includes(option.id)}
                disabled={answered !== null}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              <span>{option.text}</span>
            </label>
          ))}
          {/* The options are locked once answered: say so, beside them and as their description. */}
          {answered && (
            <p id="quiz-answered" className="disabled-reason">
              {t('common:disabled.answered')}
            </p>
          )}
        </fieldset>
        {missing && chosen.length === 0 && (
          <p id="quiz-missing" className="field__error" role="alert">
            <CircleAlert aria-hidden="true" size={18} />
            {t(multiAnswer ? 'chooseSomeFirst' : 'chooseFirst')}
          </p>
        )}
        <div role="status" aria-live="polite">
          {answered && (
            <AnswerFeedback
              best={answered.best}
              options={options}
              chosenIds={answered.optionIds}
              multiAnswer={multiAnswer}
            />
          )}
        </div>
        <div className="button-row">
          {answered ? (
            <button
              ref={continueButton}
              type="button"
              className="button"
              onClick={() => onAnswered(answered.next)}
            >
              {t('continue')}
              <ArrowRight aria-hidden="true" size={20} />
            </button>
          ) : (
            <button type="submit" className="button">
              {t('submit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
