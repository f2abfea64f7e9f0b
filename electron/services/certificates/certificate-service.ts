import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { fileFilter } from '../platform/file-types';
import { removeStalePrintFiles } from './print-folder';
import type { Ledger } from '../ledger/ledger';
import type { NativeDialogs } from '../platform/native-dialogs';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { SignatureStore } from '../signatures/signature-store';
import { defaultFontsDir, fontCoverage } from './certificate-fonts';
import { certificateLabelsFor } from './certificate-locale-labels';
import { certificatePdf } from './certificate-pdf';
import { verifyCertificate, type CertificateVerification } from './verify-certificate';

export interface CertificateServiceOptions {
  ledger: () => Promise<Ledger>;
  signatures: SignatureStore;
  dataDir: string;
  dialogs: NativeDialogs;
  fontsDir?: string;
}

/** What the completion screen shows about a record, and what the PDF font cannot draw. */
export interface CertificateSummary {
  record: AcceptanceRecord;
  /** Characters of the learner's or organisation's name the certificate font lacks. */
  missingCharacters: string[];
}

export interface CertificateFileResult {
  /** Null when the learner cancelled the save dialog (nothing was written). */
  path: string | null;
  missingCharacters: string[];
}

/**
 * The certificate of a record in the ledger: rendered in the record's own locale (the language
 * the learner signed in), saved where the learner chooses, or opened in the system viewer to print.
 */
export class CertificateService {
  private readonly fontsDir: string;

  constructor(private readonly options: CertificateServiceOptions) {
    this.fontsDir = options.fontsDir ?? defaultFontsDir();
  }

  async summary(recordId: string): Promise<CertificateSummary> {
    const record = await this.record(recordId);
    const names = `${record.learner.fullName}\n${record.organisationName}`;
    return { record, missingCharacters: fontCoverage(names, this.fontsDir) };
  }

  async render(
    recordId: string,
  ): Promise<{ record: AcceptanceRecord; pdf: Uint8Array; missingCharacters: string[] }> {
    const record = await this.record(recordId);
    const { pdf, missingCharacters } = await certificatePdf(record, {
      labels: certificateLabelsFor(record.locale),
      locale: record.locale,
      fontsDir: this.fontsDir,
    });
    return { record, pdf, missingCharacters };
  }

  async save(recordId: string): Promise<CertificateFileResult> {
    const { record, pdf, missingCharacters } = await this.render(recordId);
    const path = await this.options.dialogs.chooseSavePath({
      defaultName: certificateFileName(record),
      filters: [fileFilter('pdf', record.locale)],
    });
    if (path) await writeFileAtomic(path, pdf);
    return { path, missingCharacters };
  }

  /**
   * Writes the PDF inside the data folder and opens it; the system viewer does the printing.
   * Older print files are removed first (see print-folder.ts).
   */
  async print(recordId: string): Promise<CertificateFileResult> {
    const { record, pdf, missingCharacters } = await this.render(recordId);
    const dir = join(this.options.dataDir, 'print');
    await mkdir(dir, { recursive: true });
    await removeStalePrintFiles(dir, Date.now());
    const path = join(dir, certificateFileName(record));
    await writeFile(path, pdf);
    await this.options.dialogs.openFile(path);
    return { path, missingCharacters };
  }

  async verify(input: string): Promise<CertificateVerification> {
    return verifyCertificate(input, await this.options.ledger(), this.options.signatures);
  }

  private async record(recordId: string): Promise<AcceptanceRecord> {
    const found = (await this.options.ledger()).findByRecordId(recordId);
    if (!found?.record) {
      throw new DomainError('CERTIFICATE_RECORD_NOT_FOUND', 'errors.certificate.recordNotFound');
    }
    return found.record;
  }
}

/** The code identifies the record; names are left out of file names (they travel in emails). */
export function certificateFileName(record: AcceptanceRecord): string {
  return `esafety-certificate-${record.certificateCode}.pdf`;
}
