import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblems, SignFormState } from './sign-form';
import { FieldError } from './FieldError';
import { SignatureMethodChoice } from './SignatureMethodChoice';
import { SignaturePadField } from './SignaturePadField';

interface Props {
  form: SignFormState;
  problems: FormProblems;
  learnerName: string;
  update: (patch: Partial<SignFormState>) => void;
}

/**
 * The signature: typed (pre-filled with the learner's registered name) or drawn, then one
 * deliberate confirmation that it is theirs. Changing the signature takes the confirmation back,
 * so what is confirmed is always what is sent.
 */
export function SignatureSection({ form, problems, learnerName, update }: Props) {
  const { t } = useTranslation('signing');
  const id = useId();
  const ids = {
    // Fixed ids: the problem summary at the top of the form links straight to these fields.
    typed: 'sign-typed',
    confirm: 'signature-confirm',
    drawHint: `${id}-draw-hint`,
    err: (field: keyof FormProblems) => (problems[field] ? `${id}-${field}-error` : undefined),
  };
  const changeSignature = (patch: Partial<SignFormState>) =>
    update({ ...patch, signatureConfirmed: false });
  return (
    <>
      <SignatureMethodChoice
        method={form.method}
        onChange={(method) => changeSignature({ method, drawing: null })}
        errorId={ids.err('method')}
      />
      <FieldError id={ids.err('method')} messageKey={problems.method} />

      {form.method === 'drawn' && (
        <div className="field">
          <span className="field__label">{t('draw.label')}</span>
          <span className="field__hint" id={ids.drawHint}>
            {t('draw.hint')}
          </span>
          <SignaturePadField
            onChange={(drawing) => changeSignature({ drawing })}
            hintId={ids.drawHint}
            errorId={ids.err('drawn')}
          />
          <p role="status" className="field__hint">
            {form.drawing ? t('draw.done') : ''}
          </p>
          <FieldError id={ids.err('drawn')} messageKey={problems.drawn} />
        </div>
      )}

      {form.method === 'typed' && (
        <div className="field">
          <label htmlFor={ids.typed}>{t('type.label')}</label>
          <span className="field__hint" id={`${ids.typed}-hint`}>
            {t('type.hint')}
          </span>
          <input
            id={ids.typed}
            type="text"
            autoComplete="name"
            className="typed-signature__input"
            value={form.typedSignature}
            onChange={(event) => changeSignature({ typedSignature: event.target.value })}
            aria-invalid={problems.typed ? true : undefined}
            aria-describedby={[`${ids.typed}-hint`, ids.err('typed')].filter(Boolean).join(' ')}
          />
          <FieldError id={ids.err('typed')} messageKey={problems.typed} />
        </div>
      )}

      <div className="statement">
        <input
          id={ids.confirm}
          type="checkbox"
          checked={form.signatureConfirmed}
          onChange={(event) => update({ signatureConfirmed: event.target.checked })}
          aria-describedby={ids.err('confirm')}
        />
        <label htmlFor={ids.confirm}>{t('confirm.label', { name: learnerName })}</label>
      </div>
      <FieldError id={ids.err('confirm')} messageKey={problems.confirm} />
    </>
  );
}
