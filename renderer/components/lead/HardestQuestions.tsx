import { useTranslation } from 'react-i18next';
import type { HardQuestion } from '../../../electron/services/lead/dashboard';

/** A ranked table: the text and the numbers are the whole message, so no chart is needed. */
export function HardestQuestions({
  questions,
  skippedLines,
}: {
  questions: HardQuestion[];
  skippedLines: number;
}) {
  const { t, i18n } = useTranslation('lead');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const or = (title: string | null, id: string) => title ?? t('dashboard.unknownTitle', { id });
  return (
    <section className="card" aria-labelledby="lead-hardest">
      <h2 id="lead-hardest">{t('dashboard.hardestHeading')}</h2>
      <p>{t('dashboard.hardestIntro')}</p>
      {skippedLines > 0 && (
        <div className="notice notice--warning">
          {t('dashboard.skippedAnswers', { lines: skippedLines })}
        </div>
      )}
      {questions.length === 0 ? (
        <p>{t('dashboard.noAnswers')}</p>
      ) : (
        <table className="lead-table">
          <caption className="visually-hidden">{t('dashboard.hardestCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.scenario')}</th>
              <th scope="col">{t('dashboard.module')}</th>
              <th scope="col">{t('dashboard.question')}</th>
              <th scope="col">{t('dashboard.rate')}</th>
              <th scope="col">{t('dashboard.tries')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={`${q.moduleId}/${q.scenarioId}/${q.stepId}`}>
                <th scope="row">{or(q.scenarioTitle, q.scenarioId)}</th>
                <td>{or(q.moduleTitle, q.moduleId)}</td>
                <td>{or(q.prompt, q.stepId)}</td>
                <td>{percent.format(q.firstTryBestRate)}</td>
                <td>{q.firstTries}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
