import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Locale } from '../../../common/i18n/locales';
import { LOCALES } from '../../../common/i18n/locales';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';
import { startWorker } from '../workers/start-worker';
import { certificateFileName } from './certificate-file-name';
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
  /** `qr`: only the QR codes of a combined job's pages, made ahead for the thread drawing it. */
  job: CertificateJob | { kind: 'qr'; payloads: readonly string[] };
  /** Where QR codes made ahead are sent (by the `qr` thread) or read (by the drawing one). */
  qrPort?: MessagePort;
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

/** Threads a folder job is shared between (the app's target laptops have two cores). */
const MAX_THREADS = 2;
/** Fewer certificates than this per thread are not worth starting another thread for. */
const MIN_PER_THREAD = 25;

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
 * Makes certificates in worker threads, so a thousand of them never hold up the main process
 * (and every learner's IPC call behind it). A large folder job is shared between two threads,
 * one per core. Progress comes back per certificate; cancelling asks each worker to stop after
 * the certificate it is on, so no half-written file is left behind.
 */
export function runCertificateJob(
  job: CertificateJob,
  fontsDir: string,
  options: CertificateJobOptions = {},
): Promise<CertificateFolderResult | CertificatePdfResult> {
  const labels = Object.fromEntries(LOCALES.map((l) => [l, certificateLabelsFor(l)]));
  const input = (part: CertificateJob): CertificateJobInput => ({
    job: part,
    fontsDir,
    labels: labels as CertificateJobInput['labels'],
  });
  const threads = Math.min(
    MAX_THREADS,
    availableParallelism(),
    Math.floor(job.records.length / MIN_PER_THREAD),
  );
  if (threads < 2) return runWorker(input(job), options);
  if (job.kind === 'folder') return runFolderInParts(folderParts(job, threads).map(input), options);
  return runCombinedWithQrAhead(input(job), options);
}

/**
 * One document is drawn by one thread; the QR codes (a third of each page's work) are made
 * ahead, in order, by a second thread and sent straight to the first. A page whose code has
 * not arrived yet gets it made where it is drawn, so the helper can only save time.
 */
async function runCombinedWithQrAhead(
  input: CertificateJobInput,
  options: CertificateJobOptions,
): Promise<CertificatePdfResult> {
  const { port1, port2 } = new MessageChannel();
  const helper = startWorker(
    'certificate-worker',
    { ...input, job: { kind: 'qr', payloads: input.job.payloads }, qrPort: port2 },
    [port2],
  );
  helper.on('error', () => undefined); // only a helper: the drawing thread makes what it lacks
  try {
    return (await runWorker({ ...input, qrPort: port1 }, options, [port1])) as CertificatePdfResult;
  } finally {
    void helper.terminate();
  }
}

/**
 * Shares a folder job's records between `count` parts. Records whose files would have the same
 * name go to the same part, so that only one thread ever looks for a free name for them.
 */
function folderParts(
  job: Extract<CertificateJob, { kind: 'folder' }>,
  count: number,
): Array<Extract<CertificateJob, { kind: 'folder' }>> {
  const parts = Array.from({ length: count }, () => ({
    ...job,
    records: [] as AcceptanceRecord[],
    payloads: [] as string[],
  }));
  job.records.forEach((record, i) => {
    const part = parts[nameHash(certificateFileName(record)) % count];
    part?.records.push(record);
    part?.payloads.push(job.payloads[i] ?? '');
  });
  return parts.filter((part) => part.records.length > 0);
}

function nameHash(name: string): number {
  let hash = 0;
  for (const char of name.toLowerCase()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

const isCancelled = (error: unknown): error is DomainError =>
  error instanceof DomainError && error.code === 'lead-export-cancelled';

/**
 * Runs the parts side by side. Progress is the sum of the parts'. Should one part fail, the
 * others are cancelled and its error is reported; a cancelled job reports every file written.
 */
async function runFolderInParts(
  inputs: CertificateJobInput[],
  { signal, onProgress }: CertificateJobOptions,
): Promise<CertificateFolderResult> {
  const stop = new AbortController();
  const stopAll = () => stop.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  if (signal?.aborted) stop.abort();
  const done = inputs.map(() => 0);
  try {
    const outcomes = (await Promise.allSettled(
      inputs.map((input, part) =>
        runWorker(input, {
          signal: stop.signal,
          onProgress: (n) => {
            done[part] = n;
            onProgress?.(done.reduce((sum, d) => sum + d, 0));
          },
        }).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    )) as Array<PromiseSettledResult<CertificateFolderResult>>;
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    const failure = failures.find((reason) => !isCancelled(reason));
    if (failure !== undefined) throw failure;
    const written = outcomes.reduce(
      (sum, o) =>
        sum +
        (o.status === 'fulfilled'
          ? o.value.written
          : Number((o.reason as DomainError).details.written ?? 0)),
      0,
    );
    if (failures.length > 0) {
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written });
    }
    const missing = new Set(
      outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value.missingCharacters : [])),
    );
    return { written, missingCharacters: [...missing] };
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
}

function runWorker(
  input: CertificateJobInput,
  { signal, onProgress }: CertificateJobOptions,
  transfer: MessagePort[] = [],
): Promise<CertificateFolderResult | CertificatePdfResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(
        new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written: 0 }),
      );
      return;
    }
    const worker = startWorker('certificate-worker', input, transfer);
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
