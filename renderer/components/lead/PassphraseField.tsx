import { CircleAlert } from 'lucide-react';
import { useId } from 'react';

interface Props {
  /** Given when the form moves focus to the field after refusing it. */
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
  /** Already translated; shown with an icon next to the field and tied to it. */
  error?: string | null;
}

/** A labelled passphrase input; the hint and error are tied to it for screen readers. */
export function PassphraseField({
  label,
  value,
  onChange,
  hint,
  autoComplete,
  error,
  ...props
}: Props) {
  const generated = useId();
  const id = props.id ?? generated;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__error">
          <CircleAlert aria-hidden="true" focusable="false" size={18} />
          {error}
        </span>
      )}
      <input
        id={id}
        type="password"
        value={value}
        autoComplete={autoComplete}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
