import { deflateSync } from 'node:zlib';
import { PDFContentStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import {
  certificateFontSet,
  type CertificateJobFonts,
  type DocumentFonts,
} from './certificate-font-set';
import { defaultFontsDir, fontCoverage } from './certificate-fonts';
import type { CertificateOptions } from './certificate-labels';
import { drawCertificatePage, PAGE_SIZE, textsByFont } from './certificate-layout';
import { certificatePayload } from './certificate-payload';
import { qrShape, type QrShape } from './certificate-qr';
import { allText, certificateTexts, type CertificateTexts } from './certificate-texts';

export interface CertificatePdfResult {
  pdf: Uint8Array;
  /**
   * Characters the embedded font cannot draw (e.g. CJK, emoji), each once. They appear as empty
   * boxes in the PDF, so the caller must warn the user when this is not empty.
   */
  missingCharacters: string[];
}

/** One A4 landscape certificate. */
export async function certificatePdf(
  record: AcceptanceRecord,
  options: CertificateOptions,
): Promise<CertificatePdfResult> {
  const make = await certificateMaker([record], () => options);
  return make(record);
}

/**
 * One certificate per document for each of `records`, each in the options `optionsFor` gives
 * it (the lead's folder export: each in its own language). Both fonts are subset once, for the
 * texts of all of them, and every document embeds that same subset (certificate-font-set.ts).
 */
export async function certificateMaker(
  records: readonly AcceptanceRecord[],
  optionsFor: (record: AcceptanceRecord) => CertificateOptions,
): Promise<(record: AcceptanceRecord) => Promise<CertificatePdfResult>> {
  const first = records[0];
  if (!first) throw new DomainError('CERTIFICATE_NO_RECORDS', 'errors.certificate.noRecords');
  const fontsDir = optionsFor(first).fontsDir ?? defaultFontsDir();
  // Made once: the fonts are subset for them, and the pages print them.
  const textsOf = new Map(records.map((r) => [r, certificateTexts(r, optionsFor(r))]));
  const fonts = await jobFonts(fontsDir, [...textsOf.values()]);
  return async (record) => {
    const options = optionsFor(record);
    const texts = textsOf.get(record) ?? certificateTexts(record, options);
    const doc = await PDFDocument.create();
    const used = fonts.use(doc);
    const missing = drawPage(doc, used, record, texts, options, fontsDir);
    doc.setTitle(`${texts.heading}: ${texts.learnerName}`);
    doc.setAuthor(record.organisationName);
    doc.setSubject(texts.course);
    doc.setLanguage(options.locale);
    return { pdf: await save(doc, used), missingCharacters: missing };
  };
}

export interface CombinedOptions extends CertificateOptions {
  /** Checked before each page: the job stops there, with nothing written. */
  signal?: AbortSignal;
  /** Pages drawn so far. */
  onProgress?: (done: number) => void;
  /** A QR code made ahead by another thread, when it is ready (see certificate-job.ts). */
  qrMadeAhead?: (payload: string) => QrShape | undefined;
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
  const pages = records.map((record) => ({ record, texts: certificateTexts(record, options) }));
  const fonts = await jobFonts(
    fontsDir,
    pages.map((page) => page.texts),
  );
  const doc = await PDFDocument.create();
  const used = fonts.use(doc);
  const missing = new Set<string>();
  for (const [index, { record, texts }] of pages.entries()) {
    if (options.signal?.aborted) {
      throw new DomainError('lead-export-cancelled', 'errors.lead.exportCancelled', { written: 0 });
    }
    for (const char of drawPage(doc, used, record, texts, options, fontsDir)) missing.add(char);
    options.onProgress?.(index + 1);
  }
  doc.setTitle(options.labels.heading);
  doc.setLanguage(options.locale);
  return { pdf: await save(doc, used), missingCharacters: [...missing] };
}

/** Both fonts subset once for every text of the job's pages. */
async function jobFonts(
  fontsDir: string,
  pages: readonly CertificateTexts[],
): Promise<CertificateJobFonts> {
  const regular = new Set<string>();
  const bold = new Set<string>();
  for (const texts of pages) {
    const byFont = textsByFont(texts);
    byFont.regular.forEach((text) => regular.add(text));
    byFont.bold.forEach((text) => bold.add(text));
  }
  return (await certificateFontSet(fontsDir)).forJob({ regular, bold });
}

/** Draws one page; returns the characters of its texts the fonts cannot draw. */
function drawPage(
  doc: PDFDocument,
  fonts: DocumentFonts,
  record: AcceptanceRecord,
  texts: CertificateTexts,
  options: CertificateOptions,
  fontsDir: string,
): string[] {
  const payload = (options.payloadFor ?? certificatePayload)(record);
  const qr = (options as CombinedOptions).qrMadeAhead?.(payload) ?? qrShape(payload);
  drawCertificatePage(doc.addPage(PAGE_SIZE), fonts, qr, texts);
  return fontCoverage(allText(texts), fontsDir);
}

/**
 * Compresses each page's drawing with Node's zlib rather than pdf-lib's JavaScript deflate
 * (the same format, several times faster; most of a page is its QR code's rectangles).
 */
function compressPages(doc: PDFDocument): void {
  const { context } = doc;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const dict = object.dict.clone(context);
    dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    context.assign(ref, PDFRawStream.of(dict, deflateSync(object.getUnencodedContents())));
  }
}

async function save(doc: PDFDocument, fonts: DocumentFonts): Promise<Uint8Array> {
  await fonts.embed();
  compressPages(doc);
  // No pause every 50 objects (pdf-lib's default yields to the event loop with a timer, which
  // costs a millisecond or more each time): this runs in a worker thread, or for one page.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
