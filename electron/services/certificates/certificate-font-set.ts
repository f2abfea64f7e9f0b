import fontkit from '@pdf-lib/fontkit';
import {
  CustomFontSubsetEmbedder,
  PDFContext,
  PDFDict,
  PDFFont,
  PDFObjectCopier,
  type PDFDocument,
  type PDFRef,
} from 'pdf-lib';
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
 * it has already read. Text widths (the same labels on every certificate) are measured once,
 * at size 1, and scaled.
 */
export interface CertificateFontSet {
  bytes: CertificateFontBytes;
  /** Register with each document instead of fontkit itself. */
  fontkit: Fontkit;
  /**
   * Both fonts subset once for a whole job: to the glyphs of every text it will draw in each
   * (see `textsByFont`), so that every document of the job embeds the same two subsets.
   */
  forJob(texts: FontTexts): Promise<CertificateJobFonts>;
}

/** The texts a job draws in each font (a text missed here is still drawn: see SharedSubset). */
export interface FontTexts {
  regular: Iterable<string>;
  bold: Iterable<string>;
}

export interface CertificateJobFonts {
  /** The job's fonts in `doc`. */
  use(doc: PDFDocument): DocumentFonts;
}

export interface DocumentFonts extends CertificateFonts {
  /** Puts the fonts into the document: await it before saving. */
  embed(): Promise<void>;
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

interface LayoutEngine {
  position(run: { glyphs: Array<{ advanceWidth: number }>; positions?: unknown[] }): void;
}

/**
 * Skips glyph positioning (kerning, mark placement: the GPOS table), which is most of the cost
 * of laying a text out. pdf-lib reads only a run's glyphs (chosen by substitution, which still
 * runs) and advances each by its own width, so positions never reach the PDF; each glyph keeps
 * its plain advance, as pdf-lib draws it.
 */
function skipPositioning(font: ParsedFont): ParsedFont {
  const engine = (font as unknown as { _layoutEngine?: LayoutEngine })._layoutEngine;
  if (engine) {
    engine.position = (run) => {
      run.positions = run.glyphs.map(({ advanceWidth }) => ({
        xAdvance: advanceWidth,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
      }));
    };
  }
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

/** Glyphs in an embedder's subset so far (pdf-lib keeps the list private). */
function glyphCount(embedder: CustomFontSubsetEmbedder): number {
  return (embedder as unknown as { glyphs: unknown[] }).glyphs.length;
}

const embedFontObjects = CustomFontSubsetEmbedder.prototype.embedIntoContext;

/**
 * One subset of a font shared by every document of a job. Subsetting and compressing a font is
 * most of the cost of a one-page PDF (the font program is re-encoded table by table, then
 * deflated): here pdf-lib does it once, into a scratch context, and each document gets a copy
 * of the finished objects (font program, widths, ToUnicode map), which costs a memory copy.
 * Text is encoded with the one subset's glyph ids. Should a document draw a glyph the job's
 * texts did not foresee, the subset grows and is made again before the next copy, so every
 * document always holds every glyph it draws.
 */
class SharedSubset {
  private built: { glyphs: number; context: PDFContext; font: PDFRef } | undefined;

  constructor(readonly embedder: CustomFontSubsetEmbedder) {
    embedder.embedIntoContext = (context, ref) => this.copyInto(context, ref);
  }

  include(texts: Iterable<string>): void {
    for (const text of texts) this.embedder.encodeText(text);
  }

  private async copyInto(context: PDFContext, ref?: PDFRef): Promise<PDFRef> {
    const glyphs = glyphCount(this.embedder);
    if (this.built?.glyphs !== glyphs) {
      const scratch = PDFContext.create();
      const font = await embedFontObjects.call(this.embedder, scratch);
      this.built = { glyphs, context: scratch, font };
    }
    const { context: scratch, font } = this.built;
    const copy = PDFObjectCopier.for(scratch, context).copy(scratch.lookup(font, PDFDict));
    if (!ref) return context.register(copy);
    context.assign(ref, copy);
    return ref;
  }
}

function fontSet(bytes: CertificateFontBytes): CertificateFontSet {
  const parsed = new Map<Uint8Array, ParsedFont>();
  const cachingFontkit: Fontkit = {
    create(data, postscriptName) {
      const known = data instanceof Uint8Array ? parsed.get(data) : undefined;
      if (known) return known;
      const font = fontkit.create(data, postscriptName);
      if (data instanceof Uint8Array)
        parsed.set(data, rememberLayouts(skipPositioning(keepCodePoints(font))));
      return font;
    },
  };
  const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const widthOf = (cache: Map<string, number>, font: PDFFont, text: string, size: number) => {
    let unit = cache.get(text);
    if (unit === undefined) {
      if (cache.size >= MAX_WIDTHS) cache.clear();
      unit = font.widthOfTextAtSize(text, 1);
      cache.set(text, unit);
    }
    return unit * size;
  };
  return {
    bytes,
    fontkit: cachingFontkit,
    async forJob(texts) {
      const [regular, bold] = await Promise.all(
        [bytes.regular, bytes.bold].map(async (data) => {
          return new SharedSubset(await CustomFontSubsetEmbedder.for(cachingFontkit, data));
        }),
      );
      if (!regular || !bold) throw new Error('certificate fonts missing');
      regular.include(texts.regular);
      bold.include(texts.bold);
      return {
        use(doc) {
          const fonts = {
            regular: PDFFont.of(doc.context.nextRef(), doc, regular.embedder),
            bold: PDFFont.of(doc.context.nextRef(), doc, bold.embedder),
          };
          return {
            ...fonts,
            widthOf: (font, text, size) =>
              widthOf(font === fonts.bold ? widths.bold : widths.regular, font, text, size),
            embed: async () => {
              await fonts.regular.embed();
              await fonts.bold.embed();
            },
          };
        },
      };
    },
  };
}
