import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/i18n/locales';
import type { PolicyOverview } from '../../../common/ipc/operations/policy-operations';
import type { PublishedAgreement } from '../../../common/policy/policy-schema';
import { api } from '../../app/api';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from '../lead/use-lead-call';
import { AgreementClauseList } from './AgreementClauseList';
import { ScrollingTable } from '../ScrollingTable';

/**
 * Every published version, newest first, each with its change note; any one's agreement can be
 * read in full below the table, in the lead's language, as learners were asked to sign it.
 */
export function PolicyVersions({
  versions,
  locale,
}: {
  versions: PolicyOverview['versions'];
  locale: Locale;
}) {
  const { t } = useTranslation('policy');
  const id = useId();
  const call = useLeadCall();
  const dates = useDates('medium');
  const [shown, setShown] = useState<{ version: string; agreement: PublishedAgreement } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);

  const show = async (version: string) => {
    setError(null);
    if (shown?.version === version) return setShown(null);
    try {
      const agreement = await call(api().leadPolicyVersionText({ version, locale }));
      setShown(agreement ? { version, agreement } : null);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-versions`}>
      <h2 id={`${id}-versions`}>{t('versions.heading')}</h2>
      <ScrollingTable caption={t('versions.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.published')}</th>
            <th scope="col">{t('versions.note')}</th>
            <th scope="col">{t('versions.text')}</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.version}>
              <th scope="row">{v.version}</th>
              <td>{dates.instant(v.publishedAt)}</td>
              <td>{v.changeNote}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={shown?.version === v.version}
                  aria-controls={`${id}-text`}
                  onClick={() => void show(v.version)}
                >
                  {t('versions.show', { version: v.version })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
      <ErrorNotice error={error} />
      <div id={`${id}-text`}>
        {shown && (
          <section aria-labelledby={`${id}-text-heading`}>
            <h3 id={`${id}-text-heading`}>
              {t('versions.textHeading', { version: shown.version })}
            </h3>
            <p>{t('versions.textNote')}</p>
            <AgreementClauseList clauses={shown.agreement.clauses} locale={locale} />
          </section>
        )}
      </div>
    </section>
  );
}
