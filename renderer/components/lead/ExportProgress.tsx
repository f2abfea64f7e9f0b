import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../electron/services/lead/export-jobs';
import { ErrorNotice } from '../ErrorNotice';

/** Progress, cancel and outcome of the current export, announced politely as it changes. */
export function ExportProgress({
  job,
  error,
  onCancel,
}: {
  job: JobStatus | null;
  error: unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation('lead');
  const notes = job?.outcome?.notes ?? {};
  return (
    <div className="lead-job">
      {job?.state === 'running' && (
        <div className="lead-job__running">
          <label className="lead-job__label">
            {t('exports.progress')}
            <progress max={Math.max(1, job.total)} value={job.done} />
          </label>
          <span>
            {job.total > 0
              ? t('exports.progressText', { done: job.done, total: job.total })
              : t('exports.working')}
          </span>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('exports.cancel')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {job?.state === 'done' && job.outcome && (
          <div className="notice notice--info">
            <p>{t('exports.done', { count: job.outcome.count, target: job.outcome.target })}</p>
            {typeof notes.missingCharacters === 'string' && notes.missingCharacters !== '' && (
              <p>{t('exports.missingCharacters', { chars: notes.missingCharacters })}</p>
            )}
            {job.kind === 'backup' &&
              (Number(notes.missingSignatures) > 0 || Number(notes.ledgerProblems) > 0) && (
                <p>
                  {t('exports.backupWarnings', {
                    missing: notes.missingSignatures,
                    problems: notes.ledgerProblems,
                  })}
                </p>
              )}
          </div>
        )}
        {job?.state === 'cancelled' && (
          <div className="notice notice--warning">{t('exports.cancelled')}</div>
        )}
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
