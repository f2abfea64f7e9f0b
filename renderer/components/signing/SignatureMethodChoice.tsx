import { PenLine, Keyboard } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SignatureMethod } from '../../../common/records/acceptance-record';

interface Props {
  method: SignatureMethod | null;
  onChange: (method: SignatureMethod) => void;
  errorId?: string;
}

/** Drawing and typing are offered side by side, neither preselected: both count the same. */
export function SignatureMethodChoice({ method, onChange, errorId }: Props) {
  const { t } = useTranslation('signing');
  const options = [
    { value: 'drawn' as const, Icon: PenLine, label: t('method.draw'), hint: t('method.drawHint') },
    {
      value: 'typed' as const,
      Icon: Keyboard,
      label: t('method.type'),
      hint: t('method.typeHint'),
    },
  ];
  return (
    <fieldset className="method-choice" aria-describedby={errorId}>
      <legend>{t('method.legend')}</legend>
      <div className="method-choice__options">
        {options.map(({ value, Icon, label, hint }) => (
          <label key={value} className="method-choice__option">
            <input
              id={`signature-method-${value}`}
              type="radio"
              name="signature-method"
              value={value}
              checked={method === value}
              onChange={() => onChange(value)}
            />
            <Icon aria-hidden="true" focusable="false" size={24} />
            <span>
              <span className="method-choice__label">{label}</span>
              <span className="field__hint">{hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
