import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { loadCertificateFonts, type CertificateFontBytes } from './certificate-fonts';
import type { CertificateFonts } from './certificate-layout';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = Awaited<ReturnType<Fontkit['create']>>;

/** Widths kept per font for this many texts before the cache starts again (names vary). */
const MAX_WIDTHS = 20_000;

/**
 * The two certificate fonts of one folder, parsed once for every certificate made from it.
 * pdf-lib parses a font each time a document embeds it (about 20 ms for DejaVu Sans, twice per
 * certificate); here fontkit hands every document the font it already parsed, with the glyphs
 * it has already read. Each document still subsets it to the glyphs it uses. Text widths (the
 * same labels on every certificate) are measured once, at size 1, and scaled.
 */
export interface CertificateFontSet {
  bytes: CertificateFontBytes;
  /** Register with each document instead of fontkit itself. */
  fontkit: Fontkit;
  /** Embeds both fonts, subset, in `doc`, with widths measured through the shared cache. */
  embed(doc: PDFDocument): Promise<CertificateFonts>;
}

const sets = new Map<string, Promise<CertificateFontSet>>();

export function certificateFontSet(fontsDir: string): Promise<CertificateFontSet> {
  let pending = sets.get(fontsDir);
  if (!pending) {
    pending = loadCertificateFonts(fontsDir).then(fontSet);
    // A failed read is not cached, so it can be retried.
    pending.catch(() => sets.delete(fontsDir));
    sets.set(fontsDir, pending);
  }
  return pending;
}

interface GlyphCache {
  _glyphs: Record<number, { codePoints: number[] } | undefined>;
}

/**
 * A glyph first read while subsetting (a part of a composite such as "w" in "ŵ") is cached by
 * fontkit without the characters it stands for. pdf-lib takes a glyph's characters for the
 * PDF's text layer, so a later document drawing a plain "w" would print it but lose it from
 * copied or searched text. Such a glyph is made again, with its characters, when text asks.
 */
function keepCodePoints(font: ParsedFont): ParsedFont {
  const getGlyph = font.getGlyph.bind(font);
  const cache = (font as unknown as GlyphCache)._glyphs;
  font.getGlyph = (id, characters = []) => {
    if (characters.length > 0 && cache[id]?.codePoints.length === 0) delete cache[id];
    return getGlyph(id, characters);
  };
  return font;
}

/**
 * Lays each text out once: the labels are the same on every certificate, and pdf-lib lays a
 * text out again to draw it after measuring it. A glyph run is only read, never changed.
 */
function rememberLayouts(font: ParsedFont): ParsedFont {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<ParsedFont['layout']>>();
  font.layout = (text, features) => {
    const key = features === undefined ? text : `${text}\u0000${JSON.stringify(features)}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= MAX_WIDTHS) runs.clear();
      run = layout(text, features);
      runs.set(key, run);
    }
    return run;
  };
  return font;
}

function fontSet(bytes: CertificateFontBytes): CertificateFontSet {
  const parsed = new Map<Uint8Array, ParsedFont>();
  const cachingFontkit: Fontkit = {
    create(data, postscriptName) {
      const known = data instanceof Uint8Array ? parsed.get(data) : undefined;
      if (known) return known;
      const font = fontkit.create(data, postscriptName);
      if (data instanceof Uint8Array) parsed.set(data, rememberLayouts(keepCodePoints(font)));
      return font;
    },
  };
  const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  return {
    bytes,
    fontkit: cachingFontkit,
    async embed(doc) {
      doc.registerFontkit(cachingFontkit);
      const regular = await doc.embedFont(bytes.regular, { subset: true });
      const bold = await doc.embedFont(bytes.bold, { subset: true });
      const widthOf = (font: PDFFont, text: string, size: number): number => {
        const cache = font === bold ? widths.bold : widths.regular;
        let unit = cache.get(text);
        if (unit === undefined) {
          if (cache.size >= MAX_WIDTHS) cache.clear();
          unit = font.widthOfTextAtSize(text, 1);
          cache.set(text, unit);
        }
        return unit * size;
      };
      return { regular, bold, widthOf };
    },
  };
}
