import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/i18n/locales';

export interface ListedClause {
  id: string;
  text: string;
  /** The clause's own language: the other one's where the organisation has no translation yet. */
  language: Locale;
}

/** An agreement's clauses in order, each untranslated one marked with the language it is in. */
export function AgreementClauseList({
  clauses,
  locale,
}: {
  clauses: readonly ListedClause[];
  locale: Locale;
}) {
  const { t } = useTranslation(['policy', 'common']);
  return (
    <ol>
      {clauses.map((clause) => (
        <li key={clause.id}>
          <span lang={clause.language}>{clause.text}</span>
          {clause.language !== locale && (
            <>
              {' '}
              {t('preview.otherLanguage', {
                language: t(`common:language.afterIn.${clause.language}`),
              })}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
