import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { defaultFontsDir, fontCoverage, loadCertificateFonts } from './certificate-fonts';
import type { CertificateOptions } from './certificate-labels';
import { drawCertificatePage, PAGE_SIZE, type CertificateFonts } from './certificate-layout';
import { certificatePayload } from './certificate-payload';
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

/** Several certificates, one per page, in one printable PDF (the lead's export). */
export async function combinedCertificatesPdf(
  records: readonly AcceptanceRecord[],
  options: CertificateOptions,
): Promise<CertificatePdfResult> {
  if (records.length === 0) {
    throw new DomainError('CERTIFICATE_NO_RECORDS', 'errors.certificate.noRecords');
  }
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadCertificateFonts(fontsDir);
  // Subsetting keeps each PDF small: only the glyphs used are embedded.
  const fonts: CertificateFonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const missing = new Set<string>();
  for (const record of records) {
    const texts = certificateTexts(record, options);
    for (const char of fontCoverage(allText(texts), fontsDir)) missing.add(char);
    const payload = (options.payloadFor ?? certificatePayload)(record);
    const qr = await doc.embedPng(await qrPng(payload));
    drawCertificatePage(doc.addPage(PAGE_SIZE), fonts, qr, texts);
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
  return { pdf: await doc.save(), missingCharacters: [...missing] };
}

function qrPng(payload: string): Promise<Buffer> {
  // Level M survives a crease or smudge on a printed page; margin 2 keeps a quiet zone.
  return QRCode.toBuffer(payload, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 360,
  });
}
