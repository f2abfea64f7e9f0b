import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors';
import type { ExportKind } from '../../../common/lead/export-kinds';

export { EXPORT_KINDS, type ExportKind } from '../../../common/lead/export-kinds';

export interface JobOutcome {
  /** Where the export went (a file, a folder or the LRS address). */
  target: string;
  count: number;
  /** Extra facts for the summary, e.g. characters a certificate font could not draw. */
  notes: Record<string, string | number>;
}

export interface JobStatus {
  id: string;
  kind: ExportKind;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  outcome: JobOutcome | null;
  error: { code: string; i18nKey: string; details: Record<string, string | number> } | null;
}

export interface JobContext {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
}

const CANCELLED_CODES = new Set(['export-cancelled', 'xapi.cancelled', 'lead-export-cancelled']);
/** Finished jobs are kept briefly so the renderer's last poll still finds them. */
const KEEP_FINISHED = 20;

/**
 * Long exports run in main while the renderer polls `status` for progress; `cancel` aborts the
 * job's AbortController and the export services clean up after themselves (no partial files).
 */
export class ExportJobs {
  private readonly jobs = new Map<string, { status: JobStatus; controller: AbortController }>();

  start(kind: ExportKind, task: (context: JobContext) => Promise<JobOutcome>): JobStatus {
    const id = randomUUID();
    const controller = new AbortController();
    const status: JobStatus = {
      id,
      kind,
      state: 'running',
      done: 0,
      total: 0,
      outcome: null,
      error: null,
    };
    this.jobs.set(id, { status, controller });
    const progress = (done: number, total: number) => Object.assign(status, { done, total });
    void task({ signal: controller.signal, progress }).then(
      (outcome) => Object.assign(status, { state: 'done', outcome }),
      (error: unknown) => {
        if (controller.signal.aborted || isCancel(error)) status.state = 'cancelled';
        else {
          status.state = 'failed';
          status.error =
            error instanceof DomainError
              ? { code: error.code, i18nKey: error.i18nKey, details: error.details }
              : { code: 'unexpected', i18nKey: 'errors.unexpected', details: {} };
        }
      },
    );
    this.prune();
    return { ...status };
  }

  status(id: string): JobStatus {
    return { ...this.get(id).status };
  }

  cancel(id: string): JobStatus {
    const job = this.get(id);
    if (job.status.state === 'running') job.controller.abort();
    return { ...job.status };
  }

  /** Resolves when the job has finished (tests and the harness use it). */
  async settled(id: string): Promise<JobStatus> {
    while (this.get(id).status.state === 'running') await new Promise((r) => setTimeout(r, 10));
    return this.status(id);
  }

  private get(id: string) {
    const job = this.jobs.get(id);
    if (!job) throw new DomainError('lead-job-not-found', 'errors.lead.jobNotFound');
    return job;
  }

  private prune(): void {
    const finished = [...this.jobs].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(id);
    }
  }
}

function isCancel(error: unknown): boolean {
  return error instanceof DomainError && CANCELLED_CODES.has(error.code);
}
