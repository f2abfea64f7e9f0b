import { useTranslation } from 'react-i18next';
import { decodeFieldMessage, translationKey } from '../../common/text/field-message';
import { ApiError } from '../app/api';

/** Shows any failure as a translated sentence; unknown errors get the generic message. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const failure = error instanceof ApiError ? error.failure : null;
  // A value main refused with one of the shared rules' own messages (common/text): that message,
  // never the developer's "wrong shape" sentence. Forms show it beside the field when they can.
  const problem = failure?.details.problem;
  const field = typeof problem === 'string' ? decodeFieldMessage(problem) : null;
  const key = field
    ? translationKey(field)
    : failure
      ? failure.i18nKey.replace(/^errors\./, '')
      : 'unexpected';
  return (
    <div className="notice notice--error" role="alert">
      {t(key, { ...failure?.details, ...field?.values, defaultValue: t('unexpected') })}
    </div>
  );
}
