import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { translationKey, type FieldMessage } from '../../common/text/field-message';

/**
 * A field's problem, translated, with an icon (never colour alone). The input names `id` in its
 * `aria-describedby` and sets `aria-invalid`, so a screen reader reads it with the label.
 */
export function FieldProblemText({
  id,
  problem,
}: {
  id: string;
  problem: FieldMessage | undefined;
}) {
  const { t } = useTranslation('errors');
  if (!problem) return null;
  return (
    <span id={id} className="field__error">
      <CircleAlert aria-hidden="true" focusable="false" size={18} />
      {t(translationKey(problem), { ...problem.values, defaultValue: t('fields.invalid') })}
    </span>
  );
}

/** The ids an input is described by: its hint (if any) and its problem (if any). */
export function describedBy(
  ...parts: Array<string | false | null | undefined>
): string | undefined {
  const ids = parts.filter(Boolean).join(' ');
  return ids || undefined;
}
