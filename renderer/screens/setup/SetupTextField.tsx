import { useTranslation } from 'react-i18next';
import { describedBy, FieldProblemText } from '../../components/FieldProblemText';
import {
  SETUP_HINT_VALUES,
  type SetupErrors,
  type SetupField,
  type SetupFormValues,
} from './setup-form';

interface Props {
  field: SetupField;
  values: SetupFormValues;
  errors: SetupErrors;
  onChange: (field: SetupField, value: string) => void;
  type?: 'text' | 'password' | 'number';
  autoComplete?: string;
}

/** One labelled input with its hint and, when the form was refused, its error tied to it. */
export function SetupTextField({
  field,
  values,
  errors,
  onChange,
  type = 'text',
  autoComplete,
}: Props) {
  const { t } = useTranslation('setup');
  const error = errors[field];
  const id = `setup-${field}`;
  const hint = t(`hints.${field}`, { ...SETUP_HINT_VALUES[field], defaultValue: '' });
  return (
    <div className="field">
      <label htmlFor={id}>{t(`fields.${field}`)}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <FieldProblemText id={`${id}-error`} problem={error} />
      <input
        id={id}
        type={type}
        value={values[field]}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(event) => onChange(field, event.target.value)}
      />
    </div>
  );
}
