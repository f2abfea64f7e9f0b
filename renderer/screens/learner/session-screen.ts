import type { SessionView } from '../../../electron/services/learning/learning-service';
import type { Screen } from '../../app/navigation';

/**
 * Where a session just started or resumed opens: its next task, except that signing only a
 * changed agreement has nothing to learn first, so it opens on the agreement itself.
 */
export function sessionScreen(view: SessionView): Screen {
  const sessionId = view.progress.sessionId;
  return view.progress.recordType === 'resign' && view.task.kind === 'complete'
    ? { name: 'sign', sessionId }
    : { name: 'learn', sessionId };
}
