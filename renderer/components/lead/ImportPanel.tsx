import { Upload } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import type { ResultOf } from '../../../common/ipc/contract';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from './use-lead-call';
import { ReasonedButton } from '../ReasonedButton';

type Imported = ResultOf<'leadImportBackup'>;
type Inspected = NonNullable<ResultOf<'leadInspectBackup'>>;

export function ImportPanel() {
  const { t } = useTranslation('lead');
  const dates = useDates('long');
  const call = useLeadCall();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [adoptSettings, setAdoptSettings] = useState(false);
  const adoptId = useId();
  const chooseId = useId();

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  // Step one: the file is checked and summarised; nothing is merged until the lead confirms.
  const choose = () =>
    run(async () => {
      setDone(null);
      setInspected(null);
      const found = await call(api().leadInspectBackup());
      if (found) {
        showSummary.current = true;
        setInspected(found);
      }
    });
  // The summary (and any warning about who made the backup) appears after the file is read:
  // focus goes to it, so a screen-reader user hears it before deciding to import.
  const showSummary = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (busy || !inspected || !showSummary.current) return;
    showSummary.current = false;
    summary.current?.focus();
  }, [busy, inspected]);
  // Confirm and Cancel leave the screen with the summary they sit in: focus returns to the
  // button that chose the file once it is enabled again, rather than dropping to the page.
  const refocus = useRef(false);
  const chooseAgain = () => {
    refocus.current = true;
  };
  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    document.getElementById(chooseId)?.focus();
  }, [busy, inspected, chooseId]);
  const merge = (ticket: string) =>
    run(async () => {
      setInspected(null);
      chooseAgain();
      setDone(await call(api().leadImportBackup({ ticket, adoptSettings })));
    });

  const result = done?.result;
  return (
    <section className="card" aria-labelledby="lead-import">
      <h2 id="lead-import">{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <div className="field field--check">
        <input
          id={adoptId}
          type="checkbox"
          checked={adoptSettings}
          onChange={(event) => setAdoptSettings(event.target.checked)}
        />
        <label htmlFor={adoptId}>{t('import.adoptSettings')}</label>
      </div>
      <ReasonedButton
        id={chooseId}
        className="button"
        disabledReason={busy ? t('common:disabled.busy') : null}
        onClick={() => void choose()}
      >
        <Upload aria-hidden="true" size={18} />
        {busy ? t('import.working') : t('import.button')}
      </ReasonedButton>
      <ErrorNotice error={error} />
      {inspected && (
        <div
          ref={summary}
          tabIndex={-1}
          className={`notice ${inspected.summary.authenticity === 'this-device' && !inspected.otherOrganisation ? 'notice--info' : 'notice--warning'}`}
        >
          <p>
            {t('import.inspected', {
              records: inspected.summary.liveRecords,
              date: dates.instant(inspected.summary.createdAt),
            })}
          </p>
          <p>{t(`import.authenticity.${inspected.summary.authenticity}`)}</p>
          {inspected.otherOrganisation && (
            <p>{t('import.otherOrganisation', { name: inspected.otherOrganisation })}</p>
          )}
          <div className="button-row">
            <ReasonedButton
              className="button"
              disabledReason={busy ? t('common:disabled.busy') : null}
              onClick={() => void merge(inspected.ticket)}
            >
              {t('import.confirm')}
            </ReasonedButton>
            <ReasonedButton
              className="button button--secondary"
              disabledReason={busy ? t('common:disabled.busy') : null}
              onClick={() => {
                setInspected(null);
                chooseAgain();
              }}
            >
              {t('import.cancel')}
            </ReasonedButton>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {done && result && (
          <div className="notice notice--info lead-import__result">
            <p>
              {t('import.done', {
                imported: result.imported,
                date: dates.instant(done.summary.createdAt),
              })}
            </p>
            <ul>
              <li>{t('import.duplicates', { count: result.duplicates })}</li>
              <li>{t('import.skipped', { count: result.skippedErasedHere })}</li>
              <li>{t('import.signatures', { count: result.signaturesCopied })}</li>
              {done.settingsAdopted && <li>{t('import.settingsAdopted')}</li>}
              {result.erasedInSource.length > 0 && (
                <li>{t('import.erasedInSource', { count: result.erasedInSource.length })}</li>
              )}
            </ul>
          </div>
        )}
      </div>
      {result && result.conflicts.length > 0 && (
        <section aria-labelledby="lead-import-conflicts">
          <h3 id="lead-import-conflicts">{t('import.conflictsHeading')}</h3>
          <p>{t('import.conflictsIntro')}</p>
          <table className="lead-table">
            <thead>
              <tr>
                <th scope="col">{t('import.conflictCode')}</th>
                <th scope="col">{t('import.conflictReason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.conflicts.map((conflict) => (
                <tr key={conflict.recordId}>
                  <th scope="row" className="lead-code-cell">
                    {conflict.certificateCode}
                  </th>
                  <td>{t(`import.reasons.${conflict.reason}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
