import { useCallback, useEffect, useState } from 'react';
import type { EvidenceRequest } from '../../../common/evidence/evidence-request';
import type { StartExport } from '../../../common/ipc/operations/lead-export-operations';
import type { JobStatus } from '../../../electron/services/lead/export-jobs';
import { api, ApiError } from '../../app/api';
import { useLeadCall } from './use-lead-call';

const POLL_MS = 250;

/** Starts an export in main and polls it until it finishes, fails or is cancelled. */
export function useExportJob() {
  const call = useLeadCall();
  const [job, setJob] = useState<JobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = job?.state === 'running';

  useEffect(() => {
    if (!running || !job) return undefined;
    const timer = setInterval(() => {
      call(api().leadExportStatus({ jobId: job.id })).then(setJob, (failure: unknown) => {
        setError(failure);
        setJob(null);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [call, running, job]);

  const launch = useCallback(
    async (begin: () => ReturnType<ReturnType<typeof api>['leadStartExport']>) => {
      setError(null);
      setJob(null);
      try {
        setJob(await call(begin()));
      } catch (failure) {
        setError(failure);
      }
    },
    [call],
  );
  const start = useCallback(
    (input: StartExport) => launch(() => api().leadStartExport(input)),
    [launch],
  );
  /** The evidence pack and the trustee's report run as the same kind of job. */
  const startEvidence = useCallback(
    (input: EvidenceRequest) => launch(() => api().leadStartEvidence(input)),
    [launch],
  );

  const cancel = useCallback(async () => {
    if (job) setJob(await call(api().leadCancelExport({ jobId: job.id })));
  }, [call, job]);

  // A job that failed in main reports its typed error through its status.
  const jobError = job?.state === 'failed' && job.error ? new ApiError(job.error) : null;
  return { job, error: error ?? jobError, running, start, startEvidence, launch, cancel };
}
