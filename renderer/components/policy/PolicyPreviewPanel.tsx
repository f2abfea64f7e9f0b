import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/i18n/locales';
import { LEARNER_ROLES, type LearnerRole } from '../../../common/policy/policy-rules';
import type { PolicyPreview } from '../../../common/ipc/operations/policy-operations';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { LocaleSelect } from '../LocaleSelect';
import { useLeadCall } from '../lead/use-lead-call';
import { AgreementClauseList } from './AgreementClauseList';

/** The saved draft as a learner of a chosen role would meet it, in a chosen language. */
export function PolicyPreviewPanel({ beforePreview }: { beforePreview: () => Promise<boolean> }) {
  const { t } = useTranslation(['policy', 'lead', 'common']);
  const id = useId();
  const call = useLeadCall();
  const [role, setRole] = useState<LearnerRole>('volunteer');
  const [locale, setLocale] = useState<Locale>('en-GB');
  const [preview, setPreview] = useState<PolicyPreview | null>(null);
  const [error, setError] = useState<unknown>(null);

  const show = async () => {
    setError(null);
    if (!(await beforePreview())) return;
    try {
      setPreview(await call(api().leadPolicyPreview({ role, locale })));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('preview.heading')}</h2>
      <div className="policy-actions">
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('preview.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as LearnerRole)}
          >
            {LEARNER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`lead:roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <LocaleSelect
          id={`${id}-locale`}
          label={t('preview.language')}
          value={locale}
          onChange={setLocale}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={() => void show()}>
        {t('preview.show')}
      </button>
      <ErrorNotice error={error} />
      {preview && (
        <div className="policy-preview" lang={preview.locale}>
          <h3>{t('preview.modules')}</h3>
          <ul>
            {preview.modules.map((module) => (
              <li key={module.id}>
                <strong>{module.title}</strong> — {t(`requirements.${module.requirement}`)}
                {module.note && (
                  <p lang={module.note.language}>
                    {t('preview.note')}: {module.note.text}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <h3>{t('preview.agreement')}</h3>
          <AgreementClauseList clauses={preview.agreement} locale={preview.locale} />
        </div>
      )}
    </section>
  );
}
