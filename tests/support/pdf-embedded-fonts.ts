import fontkit from '@pdf-lib/fontkit';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

export interface EmbeddedFontGlyphs {
  name: string;
  /** Glyphs (other than glyph 0, .notdef) that have no outline: blanks when printed. */
  blankGlyphs: number;
  glyphs: number;
}

/**
 * Opens every TrueType font embedded in a PDF and counts glyphs without outlines. Text
 * extraction cannot see this: a PDF whose embedded subset lost its outlines still extracts
 * perfectly through its ToUnicode map, yet prints as empty space.
 */
export async function embeddedFontGlyphs(pdf: Uint8Array): Promise<EmbeddedFontGlyphs[]> {
  const doc = await PDFDocument.load(pdf);
  const fonts: EmbeddedFontGlyphs[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const fileRef = object.get(PDFName.of('FontFile2'));
    if (!(fileRef instanceof PDFRef)) continue;
    const stream = doc.context.lookup(fileRef);
    if (!(stream instanceof PDFRawStream)) continue;
    const filter = stream.dict.get(PDFName.of('Filter'));
    const bytes =
      filter === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : stream.contents;
    const font = fontkit.create(Buffer.from(bytes)) as unknown as {
      numGlyphs: number;
      getGlyph(id: number): { path: { commands: unknown[] }; advanceWidth: number };
    };
    let blankGlyphs = 0;
    for (let id = 1; id < font.numGlyphs; id++) {
      if (font.getGlyph(id).path.commands.length === 0) blankGlyphs++;
    }
    const name = String(object.get(PDFName.of('FontName')) ?? '');
    fonts.push({ name, blankGlyphs, glyphs: font.numGlyphs - 1 });
  }
  return fonts;
}
