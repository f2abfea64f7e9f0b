import { KeyRound } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../../../common/setup/passphrase-rule';
import { translationKey, type FieldMessage } from '../../../common/text/field-message';
import { api, ApiError } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { PassphraseField } from './PassphraseField';
import { newPassphraseProblemOf } from './passphrase-problems';
import { useLeadCall } from './use-lead-call';

type Field = 'old' | 'next' | 'again';

/** Changing the passphrase needs the current one, even inside an open session. */
export function ChangePassphraseForm() {
  const { t } = useTranslation('lead');
  const call = useLeadCall();
  const id = useId();
  const [oldPassphrase, setOld] = useState('');
  const [newPassphrase, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  // The first refused field takes focus, so its message is read out with its label.
  const show = (found: Partial<Record<Field, FieldMessage>>) => {
    setProblems(found);
    const first = (['old', 'next', 'again'] as const).find((field) => found[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setError(null);
    const found: Partial<Record<Field, FieldMessage>> = {};
    if (oldPassphrase === '') found.old = { key: 'errors.fields.required', values: {} };
    const rule = newPassphraseProblem(newPassphrase);
    if (rule) found.next = rule;
    if (newPassphrase !== again) found.again = { key: 'lead.settings.mismatch', values: {} };
    show(found);
    if (Object.keys(found).length > 0) return;
    try {
      await call(api().leadChangePassphrase({ oldPassphrase, newPassphrase }));
      setDone(true);
      setOld('');
      setNew('');
      setAgain('');
    } catch (failure) {
      if (!(failure instanceof ApiError)) return setError(failure);
      const next = newPassphraseProblemOf(failure.failure);
      // A wrong current passphrase is about that field; a lock is about the whole form.
      if (next) show({ next });
      else if (failure.failure.code === 'lead-wrong-passphrase') {
        show({ old: { key: failure.failure.i18nKey, values: failure.failure.details } });
      } else setError(failure);
    }
  };
  const message = (field: Field) => {
    const problem = problems[field];
    return problem ? t(translationKey(problem), problem.values) : null;
  };

  return (
    <section className="card" aria-labelledby="lead-passphrase">
      <h2 id="lead-passphrase">{t('settings.passphraseHeading')}</h2>
      <form className="lead-narrow-form" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          id={`${id}-old`}
          label={t('settings.oldPassphrase')}
          value={oldPassphrase}
          onChange={setOld}
          autoComplete="current-password"
          error={message('old')}
        />
        <PassphraseField
          id={`${id}-next`}
          label={t('settings.newPassphrase')}
          hint={t('recovery.newPassphraseHint', { minLength: MIN_PASSPHRASE_LENGTH })}
          value={newPassphrase}
          onChange={setNew}
          autoComplete="new-password"
          error={message('next')}
        />
        <PassphraseField
          id={`${id}-again`}
          label={t('settings.confirmPassphrase')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          error={message('again')}
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
