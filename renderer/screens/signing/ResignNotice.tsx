import { useTranslation } from 'react-i18next';
import type { ResignChanges } from '../../../electron/services/signing/signing-agreement';

/**
 * For a learner who signed an older version: only the clauses added or changed since are shown
 * below, and the ones removed are listed here, in the words they signed where this device has them.
 */
export function ResignNotice({ resign }: { resign: ResignChanges }) {
  const { t } = useTranslation('signing');
  return (
    <div className="notice notice--info">
      <p>{t('resign.notice', { version: resign.signedVersion })}</p>
      {resign.removed.length > 0 && (
        <>
          <p>{t('resign.removed')}</p>
          <ul>
            {resign.removed.map((clause) => (
              <li key={clause.id}>
                {clause.text ?? t('resign.removedUnknown', { id: clause.id })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
