import { ArrowRight, CircleAlert, CornerDownRight } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningTask } from '../../../electron/services/learning/next-task';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { api, unwrap } from '../../app/api';
import { AnswerFeedback } from './AnswerFeedback';
import type { TaskProps } from './TaskView';
import { useFocusHeading } from './use-focus-heading';

type QuizTask = Extract<LearningTask, { kind: 'quiz' }>;

interface Answered {
  scenarioId: string;
  stepId: string;
  optionId: string;
  best: boolean;
  /** The saved session to move on to once the learner has read the feedback. */
  next: SessionView;
}

/**
 * One scenario step: the situation, the options as a radio group, then feedback on the chosen
 * option (announced through a status region) before moving on along the branch it leads to.
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
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const heading = useFocusHeading(`${task.scenarioId}:${task.stepId}`);
  const continueButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (answered) continueButton.current?.focus();
  }, [answered]);

  const shown = answered ?? { scenarioId: task.scenarioId, stepId: task.stepId };
  const scenario = pack.modules.flatMap((m) => m.scenarios).find((s) => s.id === shown.scenarioId);
  const step = scenario?.steps.find((s) => s.id === shown.stepId);
  if (!scenario || !step) return null;
  const isFirstStep = scenario.steps[0]?.id === step.id;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return setMissing(true);
    try {
      const result = await unwrap(
        api().learningAnswer({
          sessionId: view.progress.sessionId,
          quiz: task.quiz,
          scenarioId: task.scenarioId,
          stepId: task.stepId,
          optionId: choice,
        }),
      );
      setAnswered({
        scenarioId: task.scenarioId,
        stepId: task.stepId,
        optionId: choice,
        best: result.best,
        next: result.view,
      });
    } catch (error) {
      onFailure(error);
    }
  }

  const chosen = answered ? step.options.find((o) => o.id === answered.optionId) : undefined;
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
        <fieldset
          className="choice-list"
          aria-describedby={missing && !choice ? 'quiz-missing' : undefined}
        >
          <legend className="quiz__prompt">{step.prompt}</legend>
          {step.options.map((option) => (
            <label
              key={option.id}
              className={`choice${answered?.optionId === option.id ? ' choice--chosen' : ''}`}
            >
              <input
                type="radio"
                name={`step-${step.id}`}
                value={option.id}
                checked={(answered?.optionId ?? choice) === option.id}
                disabled={answered !== null}
                onChange={() => setChoice(option.id)}
              />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
        {missing && !choice && (
          <p id="quiz-missing" className="field__error" role="alert">
            <CircleAlert aria-hidden="true" size={18} />
            {t('chooseFirst')}
          </p>
        )}
        <div role="status" aria-live="polite">
          {answered && chosen && <AnswerFeedback best={answered.best} feedback={chosen.feedback} />}
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
