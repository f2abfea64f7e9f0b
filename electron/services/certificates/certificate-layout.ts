import {
  concatTransformationMatrix,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  type Color,
  type PDFFont,
  type PDFPage,
  type PDFPageDrawTextOptions,
} from 'pdf-lib';
import type { QrShape } from './certificate-qr';
import type { CertificateTexts } from './certificate-texts';
import { graphemesOf } from '../../../common/text/graphemes';

/** A4 landscape in PDF points. */
export const PAGE_SIZE: [number, number] = [841.89, 595.28];

// Dark ink and one accent colour: legible in greyscale and cheap to print (no filled areas).
const INK = rgb(0.11, 0.16, 0.27);
const MUTED = rgb(0.35, 0.38, 0.45);
const ACCENT = rgb(0.0, 0.42, 0.45);

const QR_INK = rgb(0, 0, 0);

export interface CertificateFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Width of `text` at `size` in `font` (one of the two above), from a cache shared by a job. */
  widthOf(font: PDFFont, text: string, size: number): number;
}

/**
 * Which texts `drawCertificatePage` draws in which font, so a job can subset each font once for
 * all its pages (certificate-font-set.ts). Keep beside the drawing: a text left out here still
 * prints, at the cost of subsetting that font again.
 */
export function textsByFont(texts: CertificateTexts): { regular: string[]; bold: string[] } {
  return {
    regular: [
      texts.presentedTo,
      texts.role,
      texts.hasCompleted,
      ...texts.details.map((d) => d.label),
      texts.codeLabel,
      texts.verifyHint,
    ],
    bold: [
      texts.organisation,
      texts.heading,
      texts.learnerName,
      texts.course,
      ...texts.details.map((d) => d.value),
      texts.code,
    ],
  };
}

const pageFonts = new WeakMap<PDFPage, PDFFont>();

/**
 * Draws text in its font, naming the font to the page only when it changes. pdf-lib's own
 * `drawText` adds the font to the page's resources again under a new random name on every call.
 */
function drawText(
  page: PDFPage,
  text: string,
  { font, ...options }: Omit<PDFPageDrawTextOptions, 'font'> & { font: PDFFont },
): void {
  if (pageFonts.get(page) !== font) {
    page.setFont(font);
    pageFonts.set(page, font);
  }
  page.drawText(text, options);
}

export function drawCertificatePage(
  page: PDFPage,
  fonts: CertificateFonts,
  qr: QrShape,
  texts: CertificateTexts,
): void {
  const [width, height] = PAGE_SIZE;
  drawBorder(page, width, height);
  const maxWidth = width - 180;
  const line = (text: string, y: number, font: PDFFont, size: number, color: Color) => {
    const x = (width - fonts.widthOf(font, text, size)) / 2;
    drawText(page, text, { x, y, size, font, color });
  };
  const centre = (text: string, y: number, font: PDFFont, size: number, color = INK) => {
    const fitted = fitSize(fonts, font, text, size, maxWidth);
    if (fitted >= size / 2) return line(text, y, font, fitted, color);
    // A name or organisation as long as the forms allow would shrink to a smudge, or past the
    // 6-point floor off the page: it goes on two lines in the same band, each fitted exactly.
    const [first, second] = halves(text);
    const lineSize = Math.min(
      fitSize(fonts, font, first, size / 2, maxWidth, 0),
      fitSize(fonts, font, second, size / 2, maxWidth, 0),
    );
    // Mostly upwards, where the band has room: the line below sits close under it.
    line(first, y + lineSize, font, lineSize, color);
    line(second, y - lineSize * 0.15, font, lineSize, color);
  };

  centre(texts.organisation, height - 88, fonts.bold, 15, MUTED);
  centre(texts.heading, height - 140, fonts.bold, 34);
  page.drawLine({
    start: { x: width / 2 - 60, y: height - 158 },
    end: { x: width / 2 + 60, y: height - 158 },
    thickness: 1.5,
    color: ACCENT,
  });
  centre(texts.presentedTo, height - 196, fonts.regular, 13, MUTED);
  centre(texts.learnerName, height - 240, fonts.bold, 30);
  centre(texts.role, height - 266, fonts.regular, 14, MUTED);
  centre(texts.hasCompleted, height - 302, fonts.regular, 13, MUTED);
  centre(texts.course, height - 334, fonts.bold, 22, ACCENT);

  drawDetails(page, fonts, texts, 80, 190, 540);

  const qrSize = 112;
  const qrX = width - 80 - qrSize;
  drawQr(page, qr, qrX, 72, qrSize);
  drawWrapped(page, fonts, fonts.regular, texts.verifyHint, 8, qrX - 150, 120, 140);
}

/**
 * One filled rectangle per run of dark modules, in whole modules: the coordinate system is
 * scaled to one module and flipped so rows count downwards from the top-left corner. The
 * rectangles are whole numbers, written as one path of text (`x y w h re` each) ahead of the
 * fill: hundreds of pdf-lib operators and number objects per page cost more than the rest of
 * the page together.
 */
function drawQr(page: PDFPage, qr: QrShape, x: number, y: number, size: number): void {
  const module = size / qr.modules;
  const path = qr.runs.map(([column, row, length]) => `${column} ${row} ${length} 1 re`);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(module, 0, 0, -module, x, y + size),
    setFillingColor(QR_INK),
    PDFOperator.of(PDFOperatorNames.FillNonZero, [path.join('\n')]),
    popGraphicsState(),
  );
}

function drawBorder(page: PDFPage, width: number, height: number): void {
  page.drawRectangle({
    x: 20,
    y: 20,
    width: width - 40,
    height: height - 40,
    borderColor: INK,
    borderWidth: 3,
  });
  page.drawRectangle({
    x: 30,
    y: 30,
    width: width - 60,
    height: height - 60,
    borderColor: ACCENT,
    borderWidth: 0.8,
  });
}

/** Four label/value columns, then the certificate code, left-aligned under them. */
function drawDetails(
  page: PDFPage,
  fonts: CertificateFonts,
  texts: CertificateTexts,
  left: number,
  top: number,
  span: number,
): void {
  const column = span / texts.details.length;
  texts.details.forEach(({ label, value }, i) => {
    const x = left + i * column;
    const max = column - 12;
    drawText(page, label, {
      x,
      y: top,
      size: fitSize(fonts, fonts.regular, label, 9.5, max),
      font: fonts.regular,
      color: MUTED,
    });
    drawText(page, value, {
      x,
      y: top - 18,
      size: fitSize(fonts, fonts.bold, value, 13, max),
      font: fonts.bold,
      color: INK,
    });
  });
  drawText(page, texts.codeLabel, {
    x: left,
    y: top - 62,
    size: 9.5,
    font: fonts.regular,
    color: MUTED,
  });
  drawText(page, texts.code, { x: left, y: top - 84, size: 18, font: fonts.bold, color: INK });
}

/** Shrinks text that would not fit (long names, long translations) instead of clipping it. */
function fitSize(
  fonts: CertificateFonts,
  font: PDFFont,
  text: string,
  size: number,
  maxWidth: number,
  floor = 6,
): number {
  const width = fonts.widthOf(font, text, size);
  return width <= maxWidth ? size : Math.max(floor, (size * maxWidth) / width);
}

/** Two halves of `text`: at the space nearest its middle, else between two characters. */
function halves(text: string): [string, string] {
  const middle = text.length / 2;
  let cut = -1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (cut < 0 || Math.abs(at - middle) < Math.abs(cut - middle)) cut = at;
  }
  if (cut > 0) return [text.slice(0, cut), text.slice(cut + 1)];
  // Whole characters with their accents: never between a letter and its combining mark.
  const characters = graphemesOf(text);
  const half = Math.ceil(characters.length / 2);
  return [characters.slice(0, half).join(''), characters.slice(half).join('')];
}

function drawWrapped(
  page: PDFPage,
  fonts: CertificateFonts,
  font: PDFFont,
  text: string,
  size: number,
  x: number,
  y: number,
  maxWidth: number,
): void {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fonts.widthOf(font, `${last} ${word}`, size) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  lines.forEach((line, i) => {
    drawText(page, line, { x, y: y - i * size * 1.35, size, font, color: MUTED });
  });
}
