import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../../../common/setup/passphrase-rule';
import { translationKey, type FieldMessage } from '../../../common/text/field-message';
import { api, ApiError, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { describedBy, FieldProblemText } from '../../components/FieldProblemText';
import { PassphraseField } from '../../components/lead/PassphraseField';
import { newPassphraseProblemOf } from '../../components/lead/passphrase-problems';
import { useFocusOnShow } from '../../components/use-focus-on-show';
import '../../styles/lead.css';

type Field = 'code' | 'next' | 'again';

/**
 * "Forgot passphrase": the one-time recovery code sets a new passphrase and is replaced. It is
 * also the way back in when the passphrase files on the device are damaged.
 */
export function LeadRecoveryScreen() {
  const { t } = useTranslation('lead');
  const { go } = useNavigation();
  const codeId = useId();
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [newCode, setNewCode] = useState<string | null>(null);
  const heading = useFocusOnShow<HTMLHeadingElement>(newCode);

  // The first refused field takes focus, so its message is read out with its label.
  const show = (found: Partial<Record<Field, FieldMessage>>) => {
    setProblems(found);
    const first = (['code', 'next', 'again'] as const).find((field) => found[field]);
    if (first) document.getElementById(first === 'code' ? codeId : `${codeId}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found: Partial<Record<Field, FieldMessage>> = {};
    if (code.trim() === '') found.code = { key: 'errors.fields.required', values: {} };
    const rule = newPassphraseProblem(next);
    if (rule) found.next = rule;
    if (next !== again) found.again = { key: 'lead.recovery.mismatch', values: {} };
    show(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await unwrap(
        api().leadResetPassphrase({ recoveryCode: code, newPassphrase: next }),
      );
      setNewCode(result.recoveryCode);
    } catch (failure) {
      if (!(failure instanceof ApiError)) return setError(failure);
      const onNext = newPassphraseProblemOf(failure.failure);
      if (onNext) show({ next: onNext });
      else if (failure.failure.code === 'lead-wrong-recovery-code') {
        show({ code: { key: failure.failure.i18nKey, values: failure.failure.details } });
      } else setError(failure);
    }
  };
  const message = (field: Field) => {
    const problem = problems[field];
    return problem ? t(translationKey(problem), problem.values) : null;
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
          <FieldProblemText id={`${codeId}-error`} problem={problems.code} />
          <input
            id={codeId}
            aria-invalid={problems.code ? true : undefined}
            aria-describedby={describedBy(problems.code && `${codeId}-error`)}
            value={code}
            autoComplete="off"
            spellCheck={false}
            className="lead-code-input"
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <PassphraseField
          id={`${codeId}-next`}
          label={t('recovery.newPassphrase')}
          hint={t('recovery.newPassphraseHint', { minLength: MIN_PASSPHRASE_LENGTH })}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          error={message('next')}
        />
        <PassphraseField
          id={`${codeId}-again`}
          label={t('recovery.confirm')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          error={message('again')}
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
