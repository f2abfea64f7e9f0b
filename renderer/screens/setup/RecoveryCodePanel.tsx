import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnShow } from '../../components/use-focus-on-show';

/** The one-time recovery code, shown once; the lead confirms they have written it down. */
export function RecoveryCodePanel({ code, onDone }: { code: string | null; onDone: () => void }) {
  const { t } = useTranslation('setup');
  const heading = useFocusOnShow('recovery');
  const [confirmed, setConfirmed] = useState(false);
  const [nudge, setNudge] = useState(false);
  return (
    <section className="card" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      {code ? (
        <>
          <p>{t('recovery.intro')}</p>
          <p className="recovery-code">
            <KeyRound aria-hidden="true" size={28} />
            <span className="visually-hidden">{t('recovery.codeLabel')}: </span>
            <code>{code}</code>
          </p>
          <div className="notice notice--warning">{t('recovery.warning')}</div>
          <div className="field field--check">
            <input
              id="recovery-confirm"
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
            <label htmlFor="recovery-confirm">{t('recovery.confirm')}</label>
          </div>
        </>
      ) : (
        <p>{t('recovery.alreadyShown')}</p>
      )}
      {nudge && !confirmed && code && (
        <div className="notice notice--error" role="alert">
          {t('recovery.confirmFirst')}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => (confirmed || !code ? onDone() : setNudge(true))}
        >
          {t('recovery.finish')}
        </button>
      </div>
    </section>
  );
}
