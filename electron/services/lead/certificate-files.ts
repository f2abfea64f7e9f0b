import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { certificatePdf } from '../certificates/certificate-pdf';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { certificateLabelsFor } from './lead-labels';

/** A name that is safe on every file system and still says whose certificate it is. */
export function certificateFileName(record: AcceptanceRecord): string {
  const name = record.learner.fullName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${record.certificateCode}${name ? `-${name}` : ''}.pdf`;
}

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

/** One PDF per record, in the learner's own language, as the certificate they were given. */
export async function writeCertificateFiles(
  records: readonly AcceptanceRecord[],
  dir: string,
  options: { fontsDir?: string; signal?: AbortSignal; onProgress?: (done: number) => void },
): Promise<CertificateFolderResult> {
  const missing = new Set<string>();
  let written = 0;
  for (const record of records) {
    if (options.signal?.aborted) {
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written });
    }
    const { pdf, missingCharacters } = await certificatePdf(record, {
      labels: certificateLabelsFor(record.locale),
      locale: record.locale,
      fontsDir: options.fontsDir,
    });
    missingCharacters.forEach((char) => missing.add(char));
    await writeFileAtomic(await freePath(dir, certificateFileName(record)), pdf);
    written += 1;
    options.onProgress?.(written);
  }
  return { written, missingCharacters: [...missing] };
}
