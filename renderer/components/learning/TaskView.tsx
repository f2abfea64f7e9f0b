import type { IpcResult } from '../../../common/ipc/operation';
import type { ContentPack } from '../../../common/content/content-schema';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { CompleteView } from './CompleteView';
import { CourseProgress } from './CourseProgress';
import { LessonView } from './LessonView';
import { QuizView } from './QuizView';
import { ResultsView } from './ResultsView';
import { SignedView } from './SignedView';

export interface TaskProps {
  view: SessionView;
  pack: ContentPack;
  act: (call: Promise<IpcResult<SessionView>>) => Promise<void>;
  onAnswered: (view: SessionView) => void;
  onFailure: (error: unknown) => void;
}

/** Picks the view for the task main says comes next. */
export function TaskView(props: TaskProps) {
  const { view, pack } = props;
  const { task } = view;
  switch (task.kind) {
    case 'lesson': {
      const module = pack.modules.find((m) => m.id === task.moduleId);
      if (!module) return null;
      return (
        <>
          <CourseProgress view={view} pack={pack} />
          <LessonView key={`${module.id}:${task.page}`} module={module} task={task} {...props} />
        </>
      );
    }
    case 'quiz':
      return (
        <>
          <CourseProgress view={view} pack={pack} />
          <QuizView
            key={`${task.attemptNumber}:${task.scenarioId}:${task.stepId}`}
            task={task}
            {...props}
          />
        </>
      );
    case 'results':
      return <ResultsView key={`${task.attemptNumber}`} task={task} {...props} />;
    case 'complete':
      return <CompleteView {...props} />;
    case 'signed':
      return <SignedView />;
  }
}
