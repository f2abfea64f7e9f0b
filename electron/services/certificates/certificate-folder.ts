import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { certificateFileName } from './certificate-file-name';
import type { CertificatePdfResult } from './certificate-pdf';

/** Files being written while the next certificate is drawn (each write waits on the disk twice). */
const WRITES_IN_FLIGHT = 4;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Never replaces a file already in the folder: the lead may have annotated or signed it. Nor a
 * name this job has already claimed for a file still being written.
 */
async function freePath(dir: string, fileName: string, claimed: Set<string>): Promise<string> {
  const stem = fileName.replace(/\.pdf$/, '');
  let candidate = join(dir, fileName);
  for (let n = 2; claimed.has(candidate) || (await exists(candidate)); n += 1) {
    candidate = join(dir, `${stem}-${n}.pdf`);
  }
  claimed.add(candidate);
  return candidate;
}

export interface CertificateFolderResult {
  written: number;
  missingCharacters: string[];
}

export interface CertificateFolderOptions {
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
}

/**
 * One PDF per record, each made by `render`, named by the one file-name rule. A few files are
 * written while the next ones are drawn; cancelling or a failure waits for those, so the count
 * of files written is exact and no half-written file is left.
 */
export async function writeCertificateFolder(
  records: readonly AcceptanceRecord[],
  dir: string,
  render: (record: AcceptanceRecord) => Promise<CertificatePdfResult>,
  { signal, onProgress }: CertificateFolderOptions = {},
): Promise<CertificateFolderResult> {
  const missing = new Set<string>();
  const claimed = new Set<string>();
  const writing = new Set<Promise<void>>();
  let written = 0;
  let failure: { error: unknown } | undefined;
  const settle = async () => {
    await Promise.all(writing);
    if (failure) throw failure.error;
  };
  for (const record of records) {
    if (failure) break;
    if (signal?.aborted) {
      await settle();
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written });
    }
    const { pdf, missingCharacters } = await render(record);
    missingCharacters.forEach((char) => missing.add(char));
    const path = await freePath(dir, certificateFileName(record), claimed);
    const write: Promise<void> = writeFileAtomic(path, pdf).then(
      () => {
        writing.delete(write);
        written += 1;
        onProgress?.(written);
      },
      (error: unknown) => {
        writing.delete(write);
        failure ??= { error };
      },
    );
    writing.add(write);
    while (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
  }
  await settle();
  return { written, missingCharacters: [...missing] };
}
