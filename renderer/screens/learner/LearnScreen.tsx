import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../common/ipc/operation';
import type { ContentPack } from '../../../common/content/content-schema';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { api, unwrap } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveAndLeave } from '../../components/learning/SaveAndLeave';
import { TaskView } from '../../components/learning/TaskView';
import '../../styles/learning.css';

/**
 * The learner's session. Progress lives in main and is saved on every step; this screen only
 * shows the task main says comes next, in whichever language is chosen (switching reloads the
 * content, never the progress).
 */
export function LearnScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const [view, setView] = useState<SessionView | null>(null);
  const [pack, setPack] = useState<ContentPack | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    void unwrap(api().learningSession({ sessionId })).then(setView, setFailure);
  }, [sessionId]);
  useEffect(() => {
    void unwrap(api().getContent({ locale: settings.locale })).then(setPack, setFailure);
  }, [settings.locale]);

  const act = useCallback(async (call: Promise<IpcResult<SessionView>>) => {
    try {
      setView(await unwrap(call));
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, []);

  if (!view || !pack) {
    return failure ? <ErrorNotice error={failure} /> : <p role="status">{t('loading')}</p>;
  }
  return (
    <>
      <SaveAndLeave />
      <ErrorNotice error={failure} />
      <TaskView view={view} pack={pack} act={act} onAnswered={setView} onFailure={setFailure} />
    </>
  );
}
