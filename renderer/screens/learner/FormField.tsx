import type { InputHTMLAttributes } from 'react';
import type { FieldMessage } from '../../../common/text/field-message';
import { describedBy, FieldProblemText } from '../../components/FieldProblemText';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  /** What needs fixing in this field, shown beside it and read with it. */
  problem?: FieldMessage;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text input with its hint and its own problem, both tied to it for screen readers. */
export function FormField({ id, label, hint, problem, value, onChange, ...input }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <FieldProblemText id={`${id}-error`} problem={problem} />
      <input
        {...input}
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, problem && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A PIN input: hidden as typed, the number keypad on touch screens, never remembered. */
export const PIN_INPUT = {
  type: 'password',
  inputMode: 'numeric',
  autoComplete: 'off',
} as const;
