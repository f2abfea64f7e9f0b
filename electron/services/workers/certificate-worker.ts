/**
 * A worker thread that makes one certificate job (see certificates/certificate-job.ts): a folder
 * of PDFs or one combined PDF. It reports each certificate done and stops, between two
 * certificates, when main posts 'cancel'.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { CertificateJobInput, CertificateJobMessage } from '../certificates/certificate-job';
import { writeCertificateFolder } from '../certificates/certificate-folder';
import { certificateMaker, combinedCertificatesPdf } from '../certificates/certificate-pdf';
import { qrShape, type QrShape } from '../certificates/certificate-qr';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

const port = parentPort;
if (!port) throw new Error('certificate-worker must run as a worker thread');
const { job, fontsDir, labels, qrPort } = workerData as CertificateJobInput;
const cancelled = new AbortController();
port.on('message', (message) => {
  if (message === 'cancel') cancelled.abort();
});
const post = (message: CertificateJobMessage) => port.postMessage(message);
/**
 * At most about 200 progress messages per thread (every page of a small job): a message per
 * page of a thousand costs more than drawing some of them, and a bar moves no smoother.
 */
const progressStep = Math.max(1, Math.floor(job.payloads.length / 200));
const onProgress = (done: number) => {
  if (done % progressStep === 0 || done === job.payloads.length) post({ type: 'progress', done });
};

interface QrAhead {
  payload: string;
  shape: QrShape;
}

/** The QR codes of a combined job's pages, in page order, for the thread drawing them. */
function makeQrAhead(payloads: readonly string[]): void {
  for (const payload of payloads) {
    if (cancelled.signal.aborted) break;
    qrPort?.postMessage({ payload, shape: qrShape(payload) } satisfies QrAhead);
  }
  qrPort?.close();
}

/** The QR code of a page, if the helper thread has sent it yet. */
function qrReceiver(): ((payload: string) => QrShape | undefined) | undefined {
  if (!qrPort) return undefined;
  const ahead = new Map<string, QrShape>();
  return (payload) => {
    for (let m = receiveMessageOnPort(qrPort); m; m = receiveMessageOnPort(qrPort)) {
      const { payload: made, shape } = m.message as QrAhead;
      ahead.set(made, shape);
    }
    const shape = ahead.get(payload);
    ahead.delete(payload);
    return shape;
  };
}

async function run(): Promise<void> {
  if (job.kind === 'qr') {
    makeQrAhead(job.payloads);
    return;
  }
  const payloads = new Map(job.records.map((record, i) => [record.recordId, job.payloads[i]]));
  const payloadFor = (record: AcceptanceRecord) => payloads.get(record.recordId) ?? '';
  const { timeZone } = job;
  try {
    const result =
      job.kind === 'folder'
        ? await writeCertificateFolder(
            job.records,
            job.dir,
            // Each in its own language; both fonts subset once for the whole folder.
            await certificateMaker(job.records, (record) => ({
              labels: labels[record.locale],
              locale: record.locale,
              timeZone,
              fontsDir,
              payloadFor,
            })),
            { signal: cancelled.signal, onProgress },
          )
        : await combinedCertificatesPdf(job.records, {
            labels: labels[job.locale],
            locale: job.locale,
            timeZone,
            fontsDir,
            payloadFor,
            signal: cancelled.signal,
            onProgress,
            qrMadeAhead: qrReceiver(),
          });
    post({ type: 'done', result });
  } catch (error) {
    if (error instanceof DomainError) {
      const { code, i18nKey, details } = error;
      post({ type: 'failed', error: { code, i18nKey, details } });
    } else {
      post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

// Not top-level await: the built worker is CommonJS (see start-worker.ts).
void run();
