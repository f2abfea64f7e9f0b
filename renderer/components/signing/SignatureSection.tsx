import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblems, SignFormState } from './sign-form';
import { FieldError } from './FieldError';
import { SignatureMethodChoice } from './SignatureMethodChoice';
import { SignaturePadField } from './SignaturePadField';

interface Props {
  form: SignFormState;
  problems: FormProblems;
  update: (patch: Partial<SignFormState>) => void;
}

/** The learner's own full name, typed with no hint, then the signature: drawn or typed. */
export function SignatureSection({ form, problems, update }: Props) {
  const { t } = useTranslation('signing');
  const id = useId();
  const ids = {
    // Fixed ids: the problem summary at the top of the form links straight to these fields.
    name: 'sign-name',
    typed: 'sign-typed',
    drawHint: `${id}-draw-hint`,
    err: (field: keyof FormProblems) => (problems[field] ? `${id}-${field}-error` : undefined),
  };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.name}>{t('name.label')}</label>
        <span className="field__hint" id={`${ids.name}-hint`}>
          {/* Never the registered name: typing it is how the learner shows who they are. */}
          {t('name.hint')}
        </span>
        <input
          id={ids.name}
          type="text"
          autoComplete="name"
          value={form.typedName}
          onChange={(event) => update({ typedName: event.target.value })}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={[`${ids.name}-hint`, ids.err('name')].filter(Boolean).join(' ')}
        />
        <FieldError id={ids.err('name')} messageKey={problems.name} />
      </div>

      <SignatureMethodChoice
        method={form.method}
        onChange={(method) => update({ method, drawing: null })}
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
            onChange={(drawing) => update({ drawing })}
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
            className="typed-signature__input"
            value={form.typedSignature}
            onChange={(event) => update({ typedSignature: event.target.value })}
            aria-invalid={problems.typed ? true : undefined}
            aria-describedby={[`${ids.typed}-hint`, ids.err('typed')].filter(Boolean).join(' ')}
          />
          <FieldError id={ids.err('typed')} messageKey={problems.typed} />
        </div>
      )}
    </>
  );
}
