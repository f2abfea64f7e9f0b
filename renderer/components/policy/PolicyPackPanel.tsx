import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackImportResult } from '../../../common/ipc/operations/policy-operations';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from '../lead/use-lead-call';

/** Export the policy as one content-pack file, or import one; a refused pack lists its problems. */
export function PolicyPackPanel({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('policy');
  const id = useId();
  const call = useLeadCall();
  const [error, setError] = useState<unknown>(null);
  const [exported, setExported] = useState(false);
  const [result, setResult] = useState<PackImportResult | null>(null);

  const exportPack = async () => {
    setError(null);
    setResult(null);
    try {
      setExported((await call(api().leadPolicyExportPack())) !== null);
    } catch (failure) {
      setError(failure);
    }
  };
  const importPack = async () => {
    setError(null);
    setExported(false);
    try {
      const outcome = await call(api().leadPolicyImportPack());
      setResult(outcome);
      if (outcome?.imported) onImported();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('pack.heading')}</h2>
      <p>{t('pack.intro')}</p>
      <div className="policy-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportPack()}
        >
          {t('pack.export')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void importPack()}
        >
          {t('pack.import')}
        </button>
      </div>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {exported && <div className="notice notice--info">{t('pack.exported')}</div>}
        {result?.imported && <div className="notice notice--info">{t('pack.imported')}</div>}
        {result?.warnings.includes('built-in-modules-changed') && (
          <div className="notice notice--warning">{t('pack.builtInChanged')}</div>
        )}
      </div>
      {result && !result.imported && (
        <div className="notice notice--error" role="alert">
          <p>{t('pack.refused')}</p>
          <ul>
            {result.problems.map((problem, index) => (
              <li key={index}>
                {problem.path && <code>{problem.path}</code>}{' '}
                {/* Main's pack check words its problems in English only (not yet translated):
                    marked so, a screen reader reads them as English in the Welsh screen too. */}
                <span lang="en-GB">{problem.problem}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
