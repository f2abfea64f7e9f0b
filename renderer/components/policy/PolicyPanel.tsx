import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asLocale } from '../../../common/i18n/locales';
import type { PolicyOverview } from '../../../common/ipc/operations/policy-operations';
import type { OrgPolicy } from '../../../common/policy/policy-schema';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from '../lead/use-lead-call';
import { PolicyClauses } from './PolicyClauses';
import { PolicyModules } from './PolicyModules';
import { PolicyPackPanel } from './PolicyPackPanel';
import { PolicyPreviewPanel } from './PolicyPreviewPanel';
import { PolicyVersions } from './PolicyVersions';
import '../../styles/policy.css';

/**
 * The lead's Policy tab: the organisation's own clauses, per-role module requirements and
 * notes, edited as a draft; preview as a learner; publish with a change note; content packs.
 */
export function PolicyPanel() {
  const { t, i18n } = useTranslation('policy');
  const id = useId();
  const call = useLeadCall();
  const [overview, setOverview] = useState<PolicyOverview | null>(null);
  const [draft, setDraft] = useState<OrgPolicy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [changeNote, setChangeNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);

  const load = useCallback(() => {
    call(api().leadPolicyOverview()).then((loaded) => {
      setOverview(loaded);
      setDraft(loaded.draft);
    }, setError);
  }, [call]);
  useEffect(load, [load]);

  const save = async (): Promise<boolean> => {
    if (!draft) return false;
    setError(null);
    try {
      const saved = await call(api().leadPolicySaveDraft({ draft }));
      setOverview(saved);
      setDraft(saved.draft);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  const saveOnly = async () => {
    setMessage(null);
    if (await save()) setMessage(t('saved'));
  };
  const publish = async () => {
    setMessage(null);
    if (changeNote.trim() === '') {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    if (!(await save())) return;
    try {
      const version = await call(api().leadPolicyPublish({ changeNote }));
      setChangeNote('');
      setMessage(t('publish.done', { version: version.version }));
      load();
    } catch (failure) {
      setError(failure);
    }
  };

  if (!overview || !draft) return <ErrorNotice error={error} />;
  const current = overview.versions.at(-1);
  const locale = asLocale(i18n.language);

  return (
    <div className="policy-panel">
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('heading')}</h2>
        <p>{t('intro')}</p>
        <p>{current ? t('current', { version: current.version }) : t('noneYet')}</p>
        {overview.unpublishedChanges && current && <p>{t('unpublished')}</p>}
        {overview.builtInChanged && (
          <div className="notice notice--warning">{t('builtInChanged')}</div>
        )}
      </section>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {message && <div className="notice notice--info">{message}</div>}
      </div>
      <PolicyClauses
        draft={draft}
        onChange={setDraft}
        builtInClauseIds={overview.builtInClauseIds}
      />
      <PolicyModules draft={draft} onChange={setDraft} modules={overview.modules} locale={locale} />
      <button type="button" className="button button--secondary" onClick={() => void saveOnly()}>
        {t('save')}
      </button>
      <PolicyPreviewPanel beforePreview={save} />
      <section className="card" aria-labelledby={`${id}-publish`}>
        <h2 id={`${id}-publish`}>{t('publish.heading')}</h2>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('publish.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={changeNote}
            aria-invalid={noteMissing ? true : undefined}
            aria-describedby={noteMissing ? `${id}-note-problem` : undefined}
            onChange={(e) => setChangeNote(e.target.value)}
          />
          {noteMissing && (
            <p id={`${id}-note-problem`} className="field__error">
              {t('publish.needNote')}
            </p>
          )}
        </div>
        <button type="button" className="button" onClick={() => void publish()}>
          {t('publish.submit')}
        </button>
      </section>
      {overview.versions.length > 0 && (
        <PolicyVersions versions={overview.versions} locale={locale} />
      )}
      <PolicyPackPanel onImported={load} />
    </div>
  );
}
