import { CheckCircle2, Loader2, X } from 'lucide-react';
import { useId } from 'react';
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
  const id = useId();
  const notes = job?.outcome?.notes ?? {};
  return (
    <div className="lead-job">
      {job?.state === 'running' && (
        <div className="lead-job__running">
          <label className="lead-job__label" htmlFor={`${id}-progress`}>
            <Loader2 aria-hidden="true" size={18} className="lead-spin" />
            {t('exports.progressOf', { kind: t(`exports.kinds.${job.kind}`) })}
          </label>
          <div className="lead-job__bar">
            <progress
              id={`${id}-progress`}
              max={Math.max(1, job.total)}
              value={job.total > 0 ? job.done : undefined}
            />
            <span className="lead-job__count">
              {job.total > 0
                ? t('exports.progressText', { done: job.done, total: job.total })
                : t('exports.working')}
            </span>
          </div>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            <X aria-hidden="true" size={18} />
            {t('exports.cancel')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {job?.state === 'done' && job.outcome && (
          <div className="notice notice--info lead-notice">
            <p className="lead-notice__title">
              <CheckCircle2 aria-hidden="true" size={18} />
              {t('exports.done', { count: job.outcome.count, target: job.outcome.target })}
            </p>
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
