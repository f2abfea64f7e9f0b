import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/lead/PassphraseField';
import { useFocusHeading } from '../../components/lead/use-focus-heading';
import '../../styles/lead.css';

/** "Forgot passphrase": the one-time recovery code sets a new passphrase and is replaced. */
export function LeadRecoveryScreen() {
  const { t } = useTranslation('lead');
  const { go } = useNavigation();
  const codeId = useId();
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [newCode, setNewCode] = useState<string | null>(null);
  const heading = useFocusHeading<HTMLHeadingElement>(newCode);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMismatch(next !== again);
    if (next !== again) return;
    try {
      const result = await unwrap(
        api().leadResetPassphrase({ recoveryCode: code, newPassphrase: next }),
      );
      setNewCode(result.recoveryCode);
    } catch (failure) {
      setError(failure);
    }
  };

  if (newCode) {
    return (
      <section className="card lead-recovery" aria-labelledby="lead-recovery-done">
        <h1 id="lead-recovery-done" ref={heading} tabIndex={-1}>
          {t('recovery.doneTitle')}
        </h1>
        <p>{t('recovery.doneBody')}</p>
        <p className="lead-code" data-testid="new-recovery-code">
          {newCode}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => go({ name: 'lead-area', tab: 'dashboard' })}
          >
            {t('recovery.continue')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card lead-recovery" aria-labelledby="lead-recovery-title">
      <h1 id="lead-recovery-title" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={codeId}>{t('recovery.code')}</label>
          <input
            id={codeId}
            value={code}
            autoComplete="off"
            spellCheck={false}
            className="lead-code-input"
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <PassphraseField
          label={t('recovery.newPassphrase')}
          hint={t('recovery.newPassphraseHint')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
        />
        <PassphraseField
          label={t('recovery.confirm')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          error={mismatch ? t('recovery.mismatch') : null}
        />
        <ErrorNotice error={error} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('recovery.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go({ name: 'lead-login' })}
          >
            {t('recovery.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
