import type { Locale } from '../../../common/i18n/locales';
import { LOCALES } from '../../../common/i18n/locales';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';
import { startWorker } from '../workers/start-worker';
import type { CertificateFolderResult } from './certificate-folder';
import type { CertificateLabels } from './certificate-labels';
import { certificateLabelsFor } from './certificate-locale-labels';
import type { CertificatePdfResult } from './certificate-pdf';

interface JobPages {
  records: readonly AcceptanceRecord[];
  /** Each record's QR payload, in the same order (sealed in main: the key stays there). */
  payloads: readonly string[];
  /** The organisation's calendar, for the printed dates. */
  timeZone: string;
}

/** What a certificate worker is asked to make (see workers/certificate-worker.ts). */
export type CertificateJob =
  (JobPages & { kind: 'folder'; dir: string }) | (JobPages & { kind: 'combined'; locale: Locale });

export interface CertificateJobInput {
  job: CertificateJob;
  fontsDir: string;
  /** The printed words in every language, so the worker needs no translator of its own. */
  labels: Record<Locale, CertificateLabels>;
}

export type CertificateJobMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; result: CertificateFolderResult | CertificatePdfResult }
  | {
      type: 'failed';
      error: { code: string; i18nKey: string; details: Record<string, string | number> };
    }
  | { type: 'crashed'; message: string };

export interface CertificateJobOptions {
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
}

export function runCertificateJob(
  job: Extract<CertificateJob, { kind: 'folder' }>,
  fontsDir: string,
  options?: CertificateJobOptions,
): Promise<CertificateFolderResult>;
export function runCertificateJob(
  job: Extract<CertificateJob, { kind: 'combined' }>,
  fontsDir: string,
  options?: CertificateJobOptions,
): Promise<CertificatePdfResult>;
/**
 * Makes certificates in a worker thread, so a thousand of them never hold up the main process
 * (and every learner's IPC call behind it). Progress comes back per certificate; cancelling asks
 * the worker to stop after the certificate it is on, so no half-written file is left behind.
 */
export function runCertificateJob(
  job: CertificateJob,
  fontsDir: string,
  { signal, onProgress }: CertificateJobOptions = {},
): Promise<CertificateFolderResult | CertificatePdfResult> {
  const labels = Object.fromEntries(LOCALES.map((l) => [l, certificateLabelsFor(l)]));
  const input: CertificateJobInput = {
    job,
    fontsDir,
    labels: labels as CertificateJobInput['labels'],
  };
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(
        new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written: 0 }),
      );
      return;
    }
    const worker = startWorker('certificate-worker', input);
    const cancel = () => worker.postMessage('cancel');
    signal?.addEventListener('abort', cancel, { once: true });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: CertificateJobMessage) => {
      if (message.type === 'progress') onProgress?.(message.done);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else if (message.type === 'failed') {
        const { code, i18nKey, details } = message.error;
        finish(() => reject(new DomainError(code, i18nKey, details)));
      } else finish(() => reject(new Error(`certificate worker: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`certificate worker stopped (exit code ${code})`))),
    );
  });
}
