import { Hourglass, KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InTrainingRow } from '../../../electron/services/lead/dashboard';
import { api } from '../../app/api';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from './use-lead-call';
import { ScrollingTable } from '../ScrollingTable';

/**
 * People part-way through their training, so the lead can encourage them to finish, and reset
 * the PIN of anyone who has forgotten theirs (with that person beside them).
 */
export function InTrainingTable({ rows }: { rows: readonly InTrainingRow[] }) {
  const { t } = useTranslation('lead');
  const call = useLeadCall();
  const dates = useDates('medium');
  const [reset, setReset] = useState<InTrainingRow | null>(null);
  const [error, setError] = useState<unknown>(null);

  const resetPin = async (row: InTrainingRow) => {
    setError(null);
    setReset(null);
    try {
      await call(api().leadResetLearnerPin({ identifier: row.identifier }));
      setReset(row);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby="lead-in-training">
      <h2 id="lead-in-training">
        <Hourglass aria-hidden="true" size={22} /> {t('dashboard.inTrainingHeading')}
      </h2>
      {rows.length === 0 ? (
        <p>{t('dashboard.inTrainingNone')}</p>
      ) : (
        <>
          <p>{t('dashboard.pinResetIntro')}</p>
          <ScrollingTable caption={t('dashboard.inTrainingCaption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.inTrainingName')}</th>
                <th scope="col">{t('dashboard.inTrainingIdentifier')}</th>
                <th scope="col">{t('dashboard.inTrainingType')}</th>
                <th scope="col">{t('dashboard.inTrainingStarted')}</th>
                <th scope="col">{t('dashboard.inTrainingActive')}</th>
                <th scope="col">{t('dashboard.pinColumn')}</th>
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
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('dashboard.pinResetFor', { name: row.fullName })}
                      onClick={() => void resetPin(row)}
                    >
                      <KeyRound aria-hidden="true" size={18} />
                      {t('dashboard.pinReset')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
        </>
      )}
      <p role="status">
        {reset &&
          t('dashboard.pinResetDone', { name: reset.fullName, identifier: reset.identifier })}
      </p>
      <ErrorNotice error={error} />
    </section>
  );
}
