import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** A field's problem in words with an icon (never colour alone); keys carry their namespace. */
export function FieldError({
  id,
  messageKey,
  values,
}: {
  id: string | undefined;
  messageKey?: string;
  /** Interpolation values, e.g. `{ count }` for "Still to tick: {{count}}". */
  values?: Record<string, string | number>;
}) {
  const { t } = useTranslation('signing');
  if (!id || !messageKey) return null;
  return (
    <p id={id} className="field__error">
      <CircleAlert aria-hidden="true" focusable="false" size={18} />
      {t(messageKey, { ...values, defaultValue: t('errors:unexpected') })}
    </p>
  );
}
