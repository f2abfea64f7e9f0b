import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CertificateFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Where DejaVu Sans lives during development and tests. Only called when the caller passes no
 * directory: the packaged app passes its resources path (the package folder copied there), since
 * node_modules is not on disk in a packaged app and `import.meta.url` may not exist in its bundle.
 */
export function defaultFontsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * The two weights the certificate uses, from the npm package dejavu-fonts-ttf. DejaVu rather than
 * Noto Sans: pdf-lib's subsetting drops most glyph outlines of the Noto TTFs on npm (the text
 * still extracts, but prints as blanks), while DejaVu subsets cleanly and covers Latin Extended,
 * Greek and Cyrillic. certificate-pdf-glyphs.test.ts guards this.
 */
export function certificateFontFiles(fontsDir: string): { regular: string; bold: string } {
  return {
    regular: join(fontsDir, 'DejaVuSans.ttf'),
    bold: join(fontsDir, 'DejaVuSans-Bold.ttf'),
  };
}

const bytesCache = new Map<string, Promise<CertificateFontBytes>>();

/** Reads the font files once per directory; a failed read is not cached, so it can be retried. */
export function loadCertificateFonts(fontsDir = defaultFontsDir()): Promise<CertificateFontBytes> {
  let pending = bytesCache.get(fontsDir);
  if (!pending) {
    const files = certificateFontFiles(fontsDir);
    pending = Promise.all([readFile(files.regular), readFile(files.bold)]).then(
      ([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }),
    );
    pending.catch(() => bytesCache.delete(fontsDir));
    bytesCache.set(fontsDir, pending);
  }
  return pending;
}

type GlyphChecker = { hasGlyphForCodePoint(codePoint: number): boolean };
const glyphCache = new Map<string, (codePoint: number) => boolean>();

/** Whether both fonts draw a character, remembered per character (a job asks thousands of times). */
function drawsInBoth(fontsDir: string): (codePoint: number) => boolean {
  let draws = glyphCache.get(fontsDir);
  if (!draws) {
    const files = certificateFontFiles(fontsDir);
    const checkers: GlyphChecker[] = [files.regular, files.bold].map((file) =>
      fontkit.create(readFileSync(file)),
    );
    const known = new Map<number, boolean>();
    draws = (codePoint) => {
      let answer = known.get(codePoint);
      if (answer === undefined) {
        answer = checkers.every((font) => font.hasGlyphForCodePoint(codePoint));
        known.set(codePoint, answer);
      }
      return answer;
    };
    glyphCache.set(fontsDir, draws);
  }
  return draws;
}

/**
 * Characters in `text` that either certificate font cannot draw, each listed once in order of
 * appearance. The caller warns the user rather than let the PDF show empty boxes unnoticed
 * (DejaVu Sans covers Latin, Greek and Cyrillic, but not CJK or emoji).
 */
export function fontCoverage(text: string, fontsDir = defaultFontsDir()): string[] {
  const draws = drawsInBoth(fontsDir);
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (draws(codePoint) || /\p{Cc}/u.test(char)) continue; // control characters: never drawn
    missing.add(char);
  }
  return [...missing];
}
