import { DatabaseZap, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LrsCompletion } from '../../../common/lrs-sync/lrs-completion';
import { api } from '../../app/api';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { ReasonedButton } from '../ReasonedButton';
import { useLeadCall } from './use-lead-call';
import { ScrollingTable } from '../ScrollingTable';

/**
 * Course completions the LRS holds from every device of the organisation, read on request
 * (GET /statements, paged): on the LRS tab, and on the dashboard so a lead at head office sees
 * everyone's completions beside this device's own.
 */
export function LrsCompletions() {
  const { t } = useTranslation('lrs');
  const dates = useDates('long');
  const call = useLeadCall();
  const [completions, setCompletions] = useState<LrsCompletion[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setCompletions(await call(api().leadLrsCompletions()));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const others = completions?.filter((c) => !c.fromThisDevice) ?? [];
  const own = (completions?.length ?? 0) - others.length;
  return (
    <section className="card" aria-labelledby="lead-lrs-read">
      <h2 id="lead-lrs-read">
        <DatabaseZap aria-hidden="true" size={20} /> {t('readBack.heading')}
      </h2>
      <p>{t('readBack.intro')}</p>
      <ReasonedButton
        className="button button--secondary"
        disabledReason={busy ? t('readBack.loading') : null}
        onClick={() => void load()}
      >
        <RefreshCw aria-hidden="true" size={18} />
        {t('readBack.load')}
      </ReasonedButton>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {completions && others.length === 0 && <p>{t('readBack.none')}</p>}
        {completions && own > 0 && <p>{t('readBack.thisDeviceCount', { count: own })}</p>}
      </div>
      {others.length > 0 && (
        <ScrollingTable caption={t('readBack.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('readBack.name')}</th>
              <th scope="col">{t('readBack.identifier')}</th>
              <th scope="col">{t('readBack.completed')}</th>
              <th scope="col">{t('readBack.score')}</th>
              <th scope="col">{t('readBack.device')}</th>
              <th scope="col">{t('readBack.source')}</th>
            </tr>
          </thead>
          <tbody>
            {others.map((c) => (
              <tr key={c.statementId}>
                <th scope="row">{c.fullName}</th>
                <td>{c.identifier}</td>
                <td className="lead-date">{dates.instant(c.completedAt)}</td>
                <td className="lead-num">
                  {c.scorePercent === null
                    ? ''
                    : t('readBack.scoreValue', { percent: c.scorePercent })}
                </td>
                <td>{c.deviceId ?? ''}</td>
                <td>{t('readBack.fromLrs')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      )}
    </section>
  );
}
