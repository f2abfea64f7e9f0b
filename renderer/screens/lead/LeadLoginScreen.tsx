import { LockKeyhole } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadAccessStatus } from '../../../common/ipc/operations/lead-operations';
import { api, ApiError, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/lead/PassphraseField';
import { useFocusOnShow } from '../../components/use-focus-on-show';
import type { LeadTab } from './lead-tabs';
import '../../styles/lead.css';
import { ReasonedButton } from '../../components/ReasonedButton';

const PASSPHRASE_FIELD = 'lead-login-passphrase';

/** Counts a lockout down in whole seconds, so the lead can see when to try again. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (until === 0) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [until]);
  const start = useCallback((seconds: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(at + seconds * 1000);
  }, []);
  return [Math.max(0, Math.ceil((until - now) / 1000)), start];
}

export function LeadLoginScreen({
  tab = 'dashboard',
  locked = false,
}: {
  tab?: LeadTab;
  locked?: boolean;
}) {
  const { t } = useTranslation('lead');
  const { go } = useNavigation();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const [status, setStatus] = useState<LeadAccessStatus | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [wait, startWait] = useCountdown();

  useEffect(() => {
    void unwrap(api().leadStatus()).then((current) => {
      // Already open (the menu was used from inside the area): go straight to the section.
      if (current.unlocked) go({ name: 'lead-area', tab });
      setStatus(current);
      if (current.retryAfterSeconds > 0) startWait(current.retryAfterSeconds);
    }, setError);
  }, [go, tab, startWait]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(api().leadUnlock({ passphrase }));
      go({ name: 'lead-area', tab });
    } catch (failure) {
      setPassphrase('');
      // The field is cleared for another try: focus goes back to it, not to the page (the
      // Unlock button is disabled while checking, which drops the focus).
      document.getElementById(PASSPHRASE_FIELD)?.focus();
      const retry =
        failure instanceof ApiError ? Number(failure.failure.details.retryAfterSeconds ?? 0) : 0;
      if (retry > 0) startWait(retry);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card lead-login" aria-labelledby="lead-login-title">
      <h1 id="lead-login-title" ref={heading} tabIndex={-1}>
        <LockKeyhole aria-hidden="true" size={28} /> {t('login.title')}
      </h1>
      {locked && (
        <div className="notice notice--info" role="status">
          {t('lockedNotice')}
        </div>
      )}
      <p>{t('login.intro')}</p>
      {status && !status.isSetUp ? (
        <div className="notice notice--warning">{t('login.notSetUp')}</div>
      ) : status?.needsRecoveryCode ? (
        // Both passphrase files are unusable: only the recovery code can set a new passphrase.
        <>
          <div className="notice notice--warning" role="status">
            {t('login.needsRecovery')}
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => go({ name: 'lead-recovery' })}>
              {t('login.forgot')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go({ name: 'welcome' })}
            >
              {t('login.back')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <PassphraseField
            id={PASSPHRASE_FIELD}
            label={t('login.passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
          />
          <div role="status" aria-live="polite">
            {wait > 0 && (
              <div className="notice notice--warning">
                {t('login.lockedWait', { seconds: wait })}
              </div>
            )}
          </div>
          <ErrorNotice error={error} />
          <div className="button-row">
            <ReasonedButton
              type="submit"
              className="button"
              disabledReason={
                busy
                  ? t('common:disabled.busy')
                  : wait > 0
                    ? t('common:disabled.locked')
                    : passphrase === ''
                      ? t('common:disabled.passphrase')
                      : null
              }
            >
              {busy ? t('login.checking') : t('login.submit')}
            </ReasonedButton>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go({ name: 'lead-recovery' })}
            >
              {t('login.forgot')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go({ name: 'welcome' })}
            >
              {t('login.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
