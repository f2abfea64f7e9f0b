import { Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnShow } from '../use-focus-on-show';
import { useDates } from '../../i18n/use-dates';
import type { ResultOf } from '../../../common/ipc/contract';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from './use-lead-call';
import { ReasonedButton } from '../ReasonedButton';
import { ScrollingTable } from '../ScrollingTable';

/** Lists what retention would erase; nothing goes until the lead ticks that they reviewed it. */
export function RetentionReview() {
  const { t } = useTranslation('lead');
  const dates = useDates('medium');
  const id = useId();
  const call = useLeadCall();
  const [review, setReview] = useState<ResultOf<'leadRetentionReview'> | null>(null);
  const [reviewed, setReviewed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [erased, setErased] = useState<number | null>(null);
  // The list and its button go once erased: focus goes to the result, not to the page.
  const result = useFocusOnShow<HTMLDivElement>(erased);

  const load = useCallback(() => {
    call(api().leadRetentionReview()).then(setReview, setError);
  }, [call]);
  useEffect(load, [load]);

  const purge = async () => {
    if (!review) return;
    setError(null);
    try {
      const result = await call(
        api().leadRetentionPurge({ recordIds: review.candidates.map((c) => c.recordId) }),
      );
      setErased(result.erasedRecords);
      setReviewed(false);
      load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby="lead-retention">
      <h2 id="lead-retention">{t('protection.retentionHeading')}</h2>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {erased !== null && (
          <div className="notice notice--info" ref={result} tabIndex={-1}>
            {t('protection.retentionDone', { count: erased })}
          </div>
        )}
      </div>
      {review?.years === null && <p className="lead-empty">{t('protection.retentionOff')}</p>}
      {review && review.years !== null && review.candidates.length === 0 && (
        <p className="lead-empty">{t('protection.retentionNone')}</p>
      )}
      {review && review.years !== null && review.candidates.length > 0 && (
        <>
          <p>{t('protection.retentionIntro', { count: review.years })}</p>
          <ScrollingTable caption={t('protection.retentionCaption')} variant="lead-table--sticky">
            <thead>
              <tr>
                <th scope="col">{t('records.name')}</th>
                <th scope="col">{t('records.identifier')}</th>
                <th scope="col" className="lead-date">
                  {t('protection.signed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {review.candidates.slice(0, 500).map((c) => (
                <tr key={c.recordId}>
                  <th scope="row">{c.fullName}</th>
                  <td>{c.identifier}</td>
                  <td className="lead-date">{dates.instant(c.signedAt)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
          <div className="lead-check">
            <input
              id={`${id}-ok`}
              type="checkbox"
              checked={reviewed}
              onChange={(e) => setReviewed(e.target.checked)}
            />
            <label htmlFor={`${id}-ok`}>
              {t('protection.retentionConfirm', { count: review.candidates.length })}
            </label>
          </div>
          <ReasonedButton
            className="button lead-danger"
            disabledReason={reviewed ? null : t('common:disabled.retentionReview')}
            onClick={() => void purge()}
          >
            <Trash2 aria-hidden="true" size={18} />
            {t('protection.retentionSubmit')}
          </ReasonedButton>
        </>
      )}
    </section>
  );
}
