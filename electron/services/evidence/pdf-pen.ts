import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { graphemesOf } from '../../../common/text/graphemes';

/**
 * Plain black-on-white A4 text and tables for the app's reports (the summary report, the
 * reminder list): one font pair, lines wrapped or shortened to fit, nothing drawn in colour.
 */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 40;
export const INK = rgb(0, 0, 0);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Draws top to bottom, keeping the current line. */
export class Pen {
  y: number;
  page: PDFPage;
  /**
   * `doc` given: the pen turns to a new page when a line would pass the bottom margin (a list
   * of any length). Without it the caller keeps to one page (the summary report).
   */
  constructor(
    page: PDFPage,
    readonly fonts: Fonts,
    private readonly doc?: PDFDocument,
  ) {
    this.page = page;
    this.y = A4[1] - MARGIN;
  }

  private room(height: number) {
    if (!this.doc || this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(text: string, options: { size?: number; bold?: boolean; x?: number; gap?: number } = {}) {
    const size = options.size ?? 9;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const x = options.x ?? MARGIN;
    for (const line of wrap(text, font, size, A4[0] - MARGIN - x)) {
      this.room(size + 3);
      this.y -= size + 3;
      this.page.drawText(line, { x, y: this.y, size, font, color: INK });
    }
    this.y -= options.gap ?? 0;
  }

  heading(text: string) {
    this.y -= 8;
    this.text(text, { size: 12, bold: true, gap: 3 });
  }

  rule() {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.5,
      color: INK,
    });
  }

  /**
   * A table with the first column wide and the rest equal. Header cells wrap onto more lines
   * (long status names); body cells are one line each.
   */
  table(rows: string[][], firstWidth: number, boldRows: ReadonlySet<number> = new Set([0])) {
    const columns = rows[0]?.length ?? 1;
    const rest = (A4[0] - 2 * MARGIN - firstWidth) / Math.max(1, columns - 1);
    const size = 8;
    rows.forEach((row, r) => {
      const font = boldRows.has(r) ? this.fonts.bold : this.fonts.regular;
      const cells = row.map((cell, c) => {
        const width = (c === 0 ? firstWidth : rest) - 4;
        return r === 0 ? wrap(cell, font, size, width) : [fit(cell, font, size, width)];
      });
      const lines = Math.max(...cells.map((c) => c.length));
      for (let line = 0; line < lines; line += 1) {
        this.room(size + 3);
        this.y -= size + 3;
        cells.forEach((cell, c) => {
          const x = c === 0 ? MARGIN : MARGIN + firstWidth + (c - 1) * rest;
          const text = cell[line];
          if (text) this.page.drawText(text, { x: x + 2, y: this.y, size, font, color: INK });
        });
      }
      this.y -= 2;
      if (r === 0) {
        this.y -= 1;
        this.rule();
      }
    });
    this.y -= 4;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words.flatMap((w) => pieces(w, font, size, width))) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  return lines.length > 0 || line ? [...lines, fit(line, font, size, width)] : [''];
}

/**
 * A word wider than the line, in pieces that each fit: an organisation name typed as one long
 * word is printed whole over several lines, not run off the page or cut short.
 */
function pieces(word: string, font: PDFFont, size: number, width: number): string[] {
  if (font.widthOfTextAtSize(word, size) <= width) return [word];
  const found: string[] = [];
  let piece = '';
  for (const segment of graphemesOf(word)) {
    if (piece && font.widthOfTextAtSize(piece + segment, size) > width) {
      found.push(piece);
      piece = '';
    }
    piece += segment;
  }
  return [...found, piece];
}

/** Shortens a cell to its width with an ellipsis (a summary stays one page). */
function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  // Whole characters with their accents and emoji sequences, never half of one.
  const kept = graphemesOf(text);
  while (kept.length > 1 && font.widthOfTextAtSize(`${kept.join('')}…`, size) > width) kept.pop();
  return `${kept.join('')}…`;
}
