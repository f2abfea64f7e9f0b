import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { certificateFileName } from './certificate-file-name';
import type { CertificatePdfResult } from './certificate-pdf';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Never replaces a file already in the folder: the lead may have annotated or signed it. */
async function freePath(dir: string, fileName: string): Promise<string> {
  const stem = fileName.replace(/\.pdf$/, '');
  let candidate = join(dir, fileName);
  for (let n = 2; await exists(candidate); n += 1) candidate = join(dir, `${stem}-${n}.pdf`);
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

/** One PDF per record, each made by `render`, named by the one file-name rule. */
export async function writeCertificateFolder(
  records: readonly AcceptanceRecord[],
  dir: string,
  render: (record: AcceptanceRecord) => Promise<CertificatePdfResult>,
  { signal, onProgress }: CertificateFolderOptions = {},
): Promise<CertificateFolderResult> {
  const missing = new Set<string>();
  let written = 0;
  for (const record of records) {
    if (signal?.aborted) {
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written });
    }
    const { pdf, missingCharacters } = await render(record);
    missingCharacters.forEach((char) => missing.add(char));
    await writeFileAtomic(await freePath(dir, certificateFileName(record)), pdf);
    written += 1;
    onProgress?.(written);
  }
  return { written, missingCharacters: [...missing] };
}
