import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api';

/** Shows any failure as a translated sentence; unknown errors get the generic message. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const failure = error instanceof ApiError ? error.failure : null;
  const key = failure ? failure.i18nKey.replace(/^errors\./, '') : 'unexpected';
  return (
    <div className="notice notice--error" role="alert">
      {t(key, { ...failure?.details, defaultValue: t('unexpected') })}
    </div>
  );
}
