import { Award, CircleAlert, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LearningTask } from '../../../electron/services/learning/next-task';
import { attemptOf } from '../../../common/learning/progress-view';
import { api } from '../../app/api';
import { TopicIcon } from '../TopicIcon';
import { CheckResults } from './CheckResults';
import { ResultsReview } from './ResultsReview';
import type { TaskProps } from './TaskView';
import { useFocusOnShow } from '../use-focus-on-show';

type ResultsTask = Extract<LearningTask, { kind: 'results' }>;

/**
 * A quiz's results: the score against the pass mark, each scenario (with the best answer where the
 * learner's fell short), and what happens next.
 */
export function ResultsView({ task, view, pack, act }: TaskProps & { task: ResultsTask }) {
  const { t } = useTranslation('quiz');
  const heading = useFocusOnShow(`results:${task.attemptNumber}`);
  const attempt = attemptOf(view.progress, task.quiz);
  if (!attempt?.finishedAt) return null;
  const sessionId = view.progress.sessionId;
  const module =
    task.quiz.kind === 'module'
      ? pack.modules.find((m) => m.id === (task.quiz as { moduleId: string }).moduleId)
      : undefined;
  const passed = attempt.passed === true;
  const Icon = passed ? Award : CircleAlert;
  const acknowledge = () => void act(api().learningAcknowledge({ sessionId, quiz: task.quiz }));
  const retake = (reviewFirst: boolean) =>
    module && void act(api().learningRetake({ sessionId, moduleId: module.id, reviewFirst }));

  return (
    <section className="card results" aria-labelledby="results-title">
      <div className="screen-title">
        {module && (
          <span className="topic-badge topic-badge--large">
            <TopicIcon name={module.icon} size={40} />
          </span>
        )}
        <h1 id="results-title" ref={heading} tabIndex={-1}>
          {module ? t('results.moduleTitle', { title: module.title }) : t('results.checkTitle')}
        </h1>
      </div>
      <p className={`results__score results__score--${passed ? 'pass' : 'fail'}`}>
        <Icon aria-hidden="true" size={32} />
        <span>
          {t('results.score', { percent: attempt.percent ?? 0, passMark: view.passMarkPercent })}{' '}
          <strong>{module ? t(passed ? 'results.passed' : 'results.notPassed') : ''}</strong>
        </span>
      </p>
      {module ? (
        <ResultsReview review={task.review} pack={pack} />
      ) : (
        <CheckResults view={view} pack={pack} />
      )}
      <div className="button-row">
        {module && !passed ? (
          <>
            <button type="button" className="button" onClick={() => retake(false)}>
              <RotateCcw aria-hidden="true" size={20} />
              {t('results.retake')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => retake(true)}>
              {t('results.reviewFirst')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={acknowledge}>
            {t('results.continue')}
          </button>
        )}
      </div>
    </section>
  );
}
