import { PDFDocument } from 'pdf-lib';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { certificateFontSet } from './certificate-font-set';
import { defaultFontsDir, fontCoverage } from './certificate-fonts';
import type { CertificateOptions } from './certificate-labels';
import { drawCertificatePage, PAGE_SIZE } from './certificate-layout';
import { certificatePayload } from './certificate-payload';
import { qrShape } from './certificate-qr';
import { allText, certificateTexts } from './certificate-texts';

export interface CertificatePdfResult {
  pdf: Uint8Array;
  /**
   * Characters the embedded font cannot draw (e.g. CJK, emoji), each once. They appear as empty
   * boxes in the PDF, so the caller must warn the user when this is not empty.
   */
  missingCharacters: string[];
}

/** One A4 landscape certificate. */
export function certificatePdf(
  record: AcceptanceRecord,
  options: CertificateOptions,
): Promise<CertificatePdfResult> {
  return combinedCertificatesPdf([record], options);
}

export interface CombinedOptions extends CertificateOptions {
  /** Checked before each page: the job stops there, with nothing written. */
  signal?: AbortSignal;
  /** Pages drawn so far. */
  onProgress?: (done: number) => void;
}

/** Several certificates, one per page, in one printable PDF (the lead's export). */
export async function combinedCertificatesPdf(
  records: readonly AcceptanceRecord[],
  options: CombinedOptions,
): Promise<CertificatePdfResult> {
  if (records.length === 0) {
    throw new DomainError('CERTIFICATE_NO_RECORDS', 'errors.certificate.noRecords');
  }
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  const doc = await PDFDocument.create();
  // Subsetting keeps each PDF small: only the glyphs used are embedded.
  const fonts = await (await certificateFontSet(fontsDir)).embed(doc);
  const missing = new Set<string>();
  for (const [index, record] of records.entries()) {
    if (options.signal?.aborted) {
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written: 0 });
    }
    const texts = certificateTexts(record, options);
    for (const char of fontCoverage(allText(texts), fontsDir)) missing.add(char);
    const payload = (options.payloadFor ?? certificatePayload)(record);
    drawCertificatePage(doc.addPage(PAGE_SIZE), fonts, qrShape(payload), texts);
    options.onProgress?.(index + 1);
  }
  const first = records[0];
  if (records.length === 1 && first) {
    const texts = certificateTexts(first, options);
    doc.setTitle(`${texts.heading}: ${texts.learnerName}`);
    doc.setAuthor(first.organisationName);
    doc.setSubject(texts.course);
  } else {
    doc.setTitle(options.labels.heading);
  }
  doc.setLanguage(options.locale);
  return { pdf: await doc.save({ useObjectStreams: false }), missingCharacters: [...missing] };
}
