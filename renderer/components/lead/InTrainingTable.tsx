import { Hourglass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { InTrainingRow } from '../../../electron/services/lead/dashboard';
import { useDates } from '../../i18n/use-dates';

/** People part-way through their training, so the lead can encourage them to finish. */
export function InTrainingTable({ rows }: { rows: readonly InTrainingRow[] }) {
  const { t } = useTranslation('lead');
  const dates = useDates('medium');
  return (
    <section className="card" aria-labelledby="lead-in-training">
      <h2 id="lead-in-training">
        <Hourglass aria-hidden="true" size={22} /> {t('dashboard.inTrainingHeading')}
      </h2>
      {rows.length === 0 ? (
        <p>{t('dashboard.inTrainingNone')}</p>
      ) : (
        <table className="lead-table">
          <caption className="visually-hidden">{t('dashboard.inTrainingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.inTrainingName')}</th>
              <th scope="col">{t('dashboard.inTrainingIdentifier')}</th>
              <th scope="col">{t('dashboard.inTrainingType')}</th>
              <th scope="col">{t('dashboard.inTrainingStarted')}</th>
              <th scope="col">{t('dashboard.inTrainingActive')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.identifier}>
                <th scope="row">{row.fullName}</th>
                <td>{row.identifier}</td>
                <td>{t(`recordTypes.${row.recordType}`)}</td>
                <td>{dates.instant(row.startedAt)}</td>
                <td>{dates.instant(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
