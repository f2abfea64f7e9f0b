import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { PassphraseField } from './PassphraseField';
import { useLeadCall } from './use-lead-call';

/** Changing the passphrase needs the current one, even inside an open session. */
export function ChangePassphraseForm() {
  const { t } = useTranslation('lead');
  const call = useLeadCall();
  const [oldPassphrase, setOld] = useState('');
  const [newPassphrase, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setError(null);
    setMismatch(newPassphrase !== again);
    if (newPassphrase !== again) return;
    try {
      await call(api().leadChangePassphrase({ oldPassphrase, newPassphrase }));
      setDone(true);
      setOld('');
      setNew('');
      setAgain('');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby="lead-passphrase">
      <h2 id="lead-passphrase">{t('settings.passphraseHeading')}</h2>
      <form className="lead-narrow-form" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          label={t('settings.oldPassphrase')}
          value={oldPassphrase}
          onChange={setOld}
          autoComplete="current-password"
        />
        <PassphraseField
          label={t('settings.newPassphrase')}
          hint={t('recovery.newPassphraseHint')}
          value={newPassphrase}
          onChange={setNew}
          autoComplete="new-password"
        />
        <PassphraseField
          label={t('settings.confirmPassphrase')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          error={mismatch ? t('settings.mismatch') : null}
        />
        <ErrorNotice error={error} />
        <div role="status" aria-live="polite">
          {done && <div className="notice notice--info">{t('settings.passphraseChanged')}</div>}
        </div>
        <button type="submit" className="button">
          <KeyRound aria-hidden="true" size={18} />
          {t('settings.changePassphrase')}
        </button>
      </form>
    </section>
  );
}
