import fontkit from '@pdf-lib/fontkit';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { PDFDocument, rgb } from 'pdf-lib';
import {
  certificateFontFiles,
  defaultFontsDir,
} from '../../electron/services/certificates/certificate-fonts';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';

/**
 * The floors each figure is compared with, measured in the same run on the same data: the
 * least any implementation could do, written the obvious way.
 */

/** Read the ledger, JSON.parse every line and SHA-256 it: what any verifier must at least do. */
export async function naiveLedgerPass(ledgerFile: string): Promise<number> {
  const started = performance.now();
  const text = await readFile(ledgerFile, 'utf8');
  let entries = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    JSON.parse(line);
    createHash('sha256').update(line).digest('hex');
    entries += 1;
  }
  if (entries === 0) throw new Error('empty ledger');
  return performance.now() - started;
}

/** papaparse.unparse of the same rows (every field of each record, flattened) to a file. */
export async function papaparseFloor(
  records: readonly AcceptanceRecord[],
  file: string,
): Promise<number> {
  const rows = records.map((r) => ({
    ...r,
    learner: undefined,
    fullName: r.learner.fullName,
    identifier: r.learner.identifier,
    role: r.learner.role,
    moduleScores: r.moduleScores.map((s) => `${s.moduleId}:${s.percent}:${s.attempts}`).join(' '),
  }));
  const started = performance.now();
  await writeFile(file, Papa.unparse(rows, { escapeFormulae: true }));
  return performance.now() - started;
}

interface NaiveFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

async function naiveFonts(): Promise<NaiveFonts> {
  const files = certificateFontFiles(defaultFontsDir());
  return { regular: await readFile(files.regular), bold: await readFile(files.bold) };
}

async function naivePage(
  doc: PDFDocument,
  fonts: { regular: unknown; bold: unknown },
  r: AcceptanceRecord,
) {
  const regular = fonts.regular as Awaited<ReturnType<PDFDocument['embedFont']>>;
  const bold = fonts.bold as Awaited<ReturnType<PDFDocument['embedFont']>>;
  const page = doc.addPage([841.89, 595.28]);
  page.drawRectangle({
    x: 20,
    y: 20,
    width: 801,
    height: 555,
    borderColor: rgb(0, 0, 0),
    borderWidth: 3,
  });
  page.drawText(r.organisationName, { x: 80, y: 500, size: 15, font: bold });
  page.drawText('Certificate of completion', { x: 80, y: 450, size: 34, font: bold });
  page.drawText(r.learner.fullName, { x: 80, y: 360, size: 30, font: bold });
  page.drawText(`Signed ${r.signedAt.slice(0, 10)}, valid until ${r.expiresOn}`, {
    x: 80,
    y: 200,
    size: 12,
    font: regular,
  });
  page.drawText(r.certificateCode, { x: 80, y: 170, size: 12, font: regular });
}

/**
 * A naive one-page certificate per record (a new document, both fonts embedded and subset, a
 * border and five lines of text, no QR code), `count` of them, as milliseconds per 1,000.
 */
export async function naiveCertificatesFloor(
  records: readonly AcceptanceRecord[],
): Promise<number> {
  const bytes = await naiveFonts();
  const started = performance.now();
  for (const record of records) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const fonts = {
      regular: await doc.embedFont(bytes.regular, { subset: true }),
      bold: await doc.embedFont(bytes.bold, { subset: true }),
    };
    await naivePage(doc, fonts, record);
    await doc.save();
  }
  return ((performance.now() - started) / records.length) * 1000;
}

/** The same pages in one document (fonts embedded once), as milliseconds per 1,000 pages. */
export async function naiveCombinedFloor(records: readonly AcceptanceRecord[]): Promise<number> {
  const bytes = await naiveFonts();
  const started = performance.now();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  for (const record of records) await naivePage(doc, fonts, record);
  await doc.save();
  return ((performance.now() - started) / records.length) * 1000;
}
