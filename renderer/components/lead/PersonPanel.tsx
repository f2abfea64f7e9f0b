import { ArrowLeft, FileDown } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renewsTraining } from '../../../common/records/record-kinds';
import { useDates } from '../../i18n/use-dates';
import type { ErasureResult } from '../../../electron/services/lead/erase-person';
import type { PersonHistory } from '../../../electron/services/lead/person-history';
import { api } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../ErrorNotice';
import { EraseForm } from './EraseForm';
import { DamageBadge, StatusBadge } from './StatusBadge';
import { useFocusOnShow } from '../use-focus-on-show';
import { useLeadCall } from './use-lead-call';
import { ScrollingTable } from '../ScrollingTable';

export function PersonPanel({ identifier }: { identifier: string }) {
  const { t, i18n } = useTranslation('lead');
  const dates = useDates('medium');
  const { go } = useNavigation();
  const call = useLeadCall();
  const [person, setPerson] = useState<PersonHistory | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [erased, setErased] = useState<ErasureResult | null>(null);
  // Erasing replaces the page, the pressed button with it: focus goes to what was erased.
  const erasedNotice = useFocusOnShow<HTMLDivElement>(erased);

  useEffect(() => {
    call(api().leadPerson({ identifier })).then(setPerson, setError);
  }, [call, identifier]);

  const save = async (recordId: string) => {
    setError(null);
    setSaved(null);
    try {
      const result = await call(api().leadSaveCertificate({ recordId }));
      if (result) setSaved(result.path);
    } catch (failure) {
      setError(failure);
    }
  };

  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const back = (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => go({ name: 'lead-area', tab: 'records' })}
    >
      <ArrowLeft aria-hidden="true" size={18} />
      {t('person.back')}
    </button>
  );
  if (erased) {
    return (
      <section className="card">
        <div className="notice notice--info" role="status" ref={erasedNotice} tabIndex={-1}>
          {t('erase.done', {
            records: erased.erasedRecords,
            answers: erased.answersRemoved,
            signatures: erased.signaturesRemoved,
            progress: erased.progressFilesRemoved,
          })}
        </div>
        {back}
      </section>
    );
  }
  if (!person) {
    return (
      <section className="card">
        <ErrorNotice error={error} />
        {!error && <p role="status">{t('records.loadingRow')}</p>}
        {back}
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="lead-person">
        <div className="lead-person__back">{back}</div>
        <div className="lead-person__head">
          <div>
            <h2 id="lead-person" className="lead-person__name">
              {person.fullName}
            </h2>
            <p className="lead-person__id">{person.identifier}</p>
          </div>
          <dl className="lead-person__status">
            <div>
              <dt>{t('records.status')}</dt>
              <dd>
                <StatusBadge status={person.status} />
              </dd>
            </div>
            {person.dueOn && (
              <div>
                <dt>{t('records.expires')}</dt>
                <dd>{dates.day(person.dueOn)}</dd>
              </div>
            )}
          </dl>
        </div>
        <h3>{t('person.historyHeading')}</h3>
        <div role="status" aria-live="polite">
          {saved && <div className="notice notice--info">{t('person.saved', { path: saved })}</div>}
        </div>
        <ErrorNotice error={error} />
        <ScrollingTable
          caption={t('person.historyHeading')}
          captionHidden
          variant="lead-table--history"
        >
          <thead>
            <tr>
              <th scope="col">{t('records.completed')}</th>
              <th scope="col">{t('records.type')}</th>
              <th scope="col">{t('records.role')}</th>
              <th scope="col" className="lead-num">
                {t('records.score')}
              </th>
              <th scope="col">{t('person.code')}</th>
              <th scope="col">{t('person.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {person.records.map(({ record, damage }) => (
              <tr key={record.recordId}>
                <th scope="row">{dates.instant(record.completedAt)}</th>
                <td>{t(`recordTypes.${record.recordType}`)}</td>
                <td>{t(`roles.${record.learner.role}`)}</td>
                <td className="lead-num">
                  {renewsTraining(record.recordType)
                    ? percent.format(record.overallPercent / 100)
                    : ''}
                </td>
                <td className="lead-code-cell">{record.certificateCode}</td>
                <td>
                  {damage ? (
                    // No certificate from a damaged record: the flag says why instead.
                    <DamageBadge damage={damage} />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary lead-small-button"
                      aria-label={`${t('person.regenerate')} ${record.certificateCode}`}
                      onClick={() => void save(record.recordId)}
                    >
                      <FileDown aria-hidden="true" size={18} />
                      {t('person.regenerate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      </section>
      <section className="card lead-danger-zone" aria-labelledby="lead-person-erase">
        <h2 id="lead-person-erase">{t('person.eraseHeading')}</h2>
        <p>{t('person.eraseIntro')}</p>
        <EraseForm identifier={person.identifier} onErased={setErased} />
      </section>
    </>
  );
}
