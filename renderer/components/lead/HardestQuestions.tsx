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
  const number = new Intl.NumberFormat(i18n.language);
  const or = (title: string | null, id: string) =>
    title ?? <span className="lead-muted">{t('dashboard.unknownTitle', { id })}</span>;
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
        <p className="lead-empty">{t('dashboard.noAnswers')}</p>
      ) : (
        <table className="lead-table lead-table--hardest">
          <caption className="visually-hidden">{t('dashboard.hardestCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.scenario')}</th>
              <th scope="col">{t('dashboard.module')}</th>
              <th scope="col">{t('dashboard.question')}</th>
              <th scope="col" className="lead-num">
                {t('dashboard.rate')}
              </th>
              <th scope="col" className="lead-num">
                {t('dashboard.tries')}
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={`${q.moduleId}/${q.scenarioId}/${q.stepId}`}>
                <th scope="row">{or(q.scenarioTitle, q.scenarioId)}</th>
                <td>{or(q.moduleTitle, q.moduleId)}</td>
                <td>{or(q.prompt, q.stepId)}</td>
                <td className="lead-num">
                  <span className="lead-rate">
                    <span className="lead-rate__track" aria-hidden="true">
                      <span
                        className="lead-rate__fill"
                        style={{ width: `${Math.round(q.firstTryBestRate * 100)}%` }}
                      />
                    </span>
                    {percent.format(q.firstTryBestRate)}
                  </span>
                </td>
                <td className="lead-num">{number.format(q.firstTries)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
