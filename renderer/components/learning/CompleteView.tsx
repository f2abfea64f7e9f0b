import { Award, PenLine } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionSummary } from '../../../electron/services/learning/completion-summary';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import type { TaskProps } from './TaskView';
import { useFocusOnShow } from '../use-focus-on-show';

/** Overall results once every required module is passed, then on to signing the agreement. */
export function CompleteView({ view, pack, onFailure }: TaskProps) {
  const { t } = useTranslation('quiz');
  const { go } = useNavigation();
  const heading = useFocusOnShow('complete');
  const sessionId = view.progress.sessionId;
  const [summary, setSummary] = useState<CompletionSummary | null>(null);
  useEffect(() => {
    void unwrap(api().learningSummary({ sessionId })).then(setSummary, onFailure);
  }, [sessionId, onFailure]);

  return (
    <section className="card results" aria-labelledby="complete-title">
      <div className="screen-title">
        <Award aria-hidden="true" size={48} className="results__award" />
        <h1 id="complete-title" ref={heading} tabIndex={-1}>
          {t('complete.title')}
        </h1>
      </div>
      {summary && (
        <>
          <p className="lede">{t('complete.overall', { percent: summary.overallPercent })}</p>
          <table className="score-table">
            <caption className="visually-hidden">{t('complete.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complete.module')}</th>
                <th scope="col">{t('complete.score')}</th>
                <th scope="col">{t('complete.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.moduleScores.map((score) => (
                <tr key={score.moduleId}>
                  <th scope="row">
                    {pack.modules.find((m) => m.id === score.moduleId)?.title ?? score.moduleId}
                  </th>
                  <td>{t('complete.percent', { percent: score.percent })}</td>
                  <td>{score.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>{t('complete.next')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => go({ name: 'sign', sessionId })}>
          <PenLine aria-hidden="true" size={20} />
          {t('complete.toSign')}
        </button>
      </div>
    </section>
  );
}
