import { useTranslation } from 'react-i18next';
import type { ContentPack } from '../../../common/content/content-schema';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { lessonPageCount } from '../../../common/learning/lesson-pages';
import { estimateTime } from '../../../common/learning/time-estimate';
import { TopicIcon } from '../TopicIcon';

/** How long this module takes and how long is left in all, from the words still to read. */
function TimeLeft({ view, pack }: { view: SessionView; pack: ContentPack }) {
  const { t } = useTranslation('learner');
  const { moduleMinutes, minutesLeft } = estimateTime(view.progress, view.task, pack);
  return (
    <p className="course-progress__time">
      {moduleMinutes !== null && <>{t('progress.moduleMinutes', { count: moduleMinutes })} </>}
      {t('progress.minutesLeft', { count: minutesLeft })}
    </p>
  );
}

/**
 * Where the learner is in the course: the module, its place in the plan, a progress bar, and
 * the estimated time for this module and for everything left.
 */
export function CourseProgress({ view, pack }: { view: SessionView; pack: ContentPack }) {
  const { t } = useTranslation('learner');
  const { task, progress } = view;
  if (task.kind === 'quiz' && task.quiz.kind === 'check') {
    return (
      <div className="course-progress">
        <p className="course-progress__label" id="course-progress-label">
          {t('progress.check', { current: task.scenarioIndex + 1, total: task.scenarioCount })}
        </p>
        <progress
          aria-labelledby="course-progress-label"
          max={task.scenarioCount}
          value={task.scenarioIndex}
        />
        <TimeLeft view={view} pack={pack} />
      </div>
    );
  }
  const moduleId =
    task.kind === 'lesson'
      ? task.moduleId
      : task.kind === 'quiz' && task.quiz.kind === 'module'
        ? task.quiz.moduleId
        : '';
  const module = pack.modules.find((m) => m.id === moduleId);
  if (!module) return null;
  const index = progress.plan.indexOf(module.id);
  const pages = lessonPageCount(module);
  // The lesson pages, then one unit per quiz question, so the bar keeps moving through the quiz.
  const total = pages + (task.kind === 'quiz' ? task.scenarioCount : 3);
  const done =
    task.kind === 'lesson' ? task.page : task.kind === 'quiz' ? pages + task.scenarioIndex : 0;
  return (
    <div className="course-progress">
      <div className="course-progress__module">
        <span className="topic-badge">
          <TopicIcon name={module.icon} />
        </span>
        <p className="course-progress__label" id="course-progress-label">
          {t('progress.module', {
            current: index + 1,
            total: progress.plan.length,
            title: module.title,
          })}
        </p>
      </div>
      <progress aria-labelledby="course-progress-label" max={total} value={done} />
      <TimeLeft view={view} pack={pack} />
    </div>
  );
}
