import { ArrowLeft, ArrowRight, Info } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../common/content/content-schema';
import type { LearningTask } from '../../../electron/services/learning/next-task';
import { lessonPage } from '../../../common/learning/lesson-pages';
import { emptyModuleProgress } from '../../../common/learning/progress-view';
import { api } from '../../app/api';
import { GuidanceLists } from './GuidanceLists';
import { InPlaceList } from './InPlaceList';
import { OrgNote } from './OrgNote';
import { RevealActivity } from './RevealActivity';
import { SortActivity } from './SortActivity';
import type { TaskProps } from './TaskView';
import { TopicIcon } from '../TopicIcon';
import { useFocusOnShow } from '../use-focus-on-show';

type Props = TaskProps & { module: Module; task: Extract<LearningTask, { kind: 'lesson' }> };

/** One page of a module's lesson, with Back and Next; the page after the last opens the quiz. */
export function LessonView({ module, task, view, act, pack }: Props) {
  const { t } = useTranslation('learner');
  const heading = useFocusOnShow(`${module.id}:${task.page}`);
  const [blocked, setBlocked] = useState(false);
  const sessionId = view.progress.sessionId;
  const state = view.progress.modules[module.id] ?? emptyModuleProgress();
  const page = lessonPage(module, task.page);
  const activity = page.kind === 'activity' ? module.activities[page.index] : undefined;
  const isLast = task.page === task.pageCount - 1;

  const unsorted =
    activity?.type === 'sort' && activity.statements.some((s) => state.sort[s.id] === undefined);
  const goTo = (next: number) => {
    if (next > task.page && unsorted) return setBlocked(true);
    void act(api().learningSetPage({ sessionId, moduleId: module.id, page: next }));
  };

  const title =
    page.kind === 'intro'
      ? module.title
      : page.kind === 'activity'
        ? (activity?.prompt ?? '')
        : t(`lesson.${page.kind}`);
  return (
    <section className="card lesson" aria-labelledby="lesson-title">
      <p className="lesson__step">
        {t('lesson.page', { current: task.page + 1, total: task.pageCount })}
      </p>
      <div className="screen-title">
        {page.kind === 'intro' && (
          <span className="topic-badge topic-badge--large">
            <TopicIcon name={module.icon} size={40} />
          </span>
        )}
        <h1 id="lesson-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
      </div>

      {page.kind === 'intro' && (
        <>
          <p className="lede">{module.summary}</p>
          {module.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <OrgNote note={pack.tailoring?.notes[module.id]} />
        </>
      )}
      {page.kind === 'guidance' && <GuidanceLists module={module} />}
      {activity?.type === 'sort' && (
        <SortActivity
          activity={activity}
          answers={state.sort}
          onSort={(statementId, answer) =>
            void act(api().learningSort({ sessionId, moduleId: module.id, statementId, answer }))
          }
        />
      )}
      {activity?.type === 'reveal' && (
        <RevealActivity
          activity={activity}
          revealed={state.revealed}
          onReveal={(cardId) =>
            void act(api().learningReveal({ sessionId, moduleId: module.id, cardId }))
          }
        />
      )}
      {page.kind === 'in-place' && <InPlaceList module={module} />}

      {blocked && unsorted && (
        <div className="notice notice--error" role="alert">
          {t('lesson.sortFirstAlert')}
        </div>
      )}
      <div className="button-row lesson__nav">
        {task.page > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goTo(task.page - 1)}
          >
            <ArrowLeft aria-hidden="true" size={20} />
            {t('lesson.back')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => goTo(task.page + 1)}
          aria-describedby={unsorted ? 'lesson-next-why' : undefined}
        >
          {isLast ? t('lesson.startQuiz') : t('lesson.next')}
          <ArrowRight aria-hidden="true" size={20} />
        </button>
        {/* Why going on is held back, beside the button and as its description, before any click. */}
        {unsorted && (
          <span id="lesson-next-why" className="disabled-reason">
            <Info aria-hidden="true" focusable="false" size={16} />
            {t('lesson.sortFirst')}
          </span>
        )}
      </div>
    </section>
  );
}
