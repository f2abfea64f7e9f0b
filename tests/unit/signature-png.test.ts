import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { DRAWN_SIGNATURE } from '../../common/signatures/drawn-signature';
import {
  assembleSignaturePng,
  inkLevel,
  signatureScanlines,
} from '../../common/signatures/signature-png';
import { decodePngDataUrl } from '../../electron/services/signatures/png-data-url';
import { drawnSignature, pngDataUrl } from './fixtures/drawn-signature';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const { width, height } = DRAWN_SIGNATURE;

/** A bar of full ink across the middle third, and a fainter one below it. */
function bars(): Uint8Array {
  const levels = new Uint8Array(width * height);
  for (let y = 60; y < 90; y += 1) levels.fill(15, y * width + 200, y * width + 400);
  for (let y = 120; y < 130; y += 1) levels.fill(5, y * width + 200, y * width + 400);
  return levels;
}

describe('a drawn signature in its stored form', () => {
  it('is a 4-bit palette PNG of the fixed size whose pixels decode to the ink drawn', () => {
    const png = assembleSignaturePng(deflateSync(signatureScanlines(bars())));
    expect(decodePngDataUrl(pngDataUrl(png))).toEqual(png);
    const idatAt = Buffer.from(png).indexOf('IDAT');
    const length = Buffer.from(png).readUInt32BE(idatAt - 4);
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + length));
    const rowBytes = width / 2 + 1;
    expect(raw.length).toBe(rowBytes * height);
    expect(raw[70 * rowBytes + 1 + 150]).toBe(0xff); // pixels 300 and 301, full ink
    expect(raw[125 * rowBytes + 1 + 150]).toBe(0x55);
    expect(raw[10 * rowBytes + 1 + 150]).toBe(0x00);
  });

  it('a whole signature takes a few KB, not the tens of KB of the full-screen drawing', () => {
    for (const seed of [1, 2, 3, 4]) expect(drawnSignature(seed).length).toBeLessThan(8 * 1024);
  });

  it('maps white to no ink and the pen colour to full ink', () => {
    expect(inkLevel(255, 255, 255)).toBe(0);
    expect(inkLevel(...DRAWN_SIGNATURE.ink)).toBe(15);
    expect(inkLevel(0, 0, 0)).toBe(15);
  });

  it('refuses ink levels for any other size', () => {
    expect(() => signatureScanlines(new Uint8Array(1280 * 384))).toThrow(RangeError);
  });

  it('is placed on a PDF page and printed with the ink where it was drawn', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const pdf = await PDFDocument.create();
      const page = pdf.addPage([width, height]);
      const image = await pdf.embedPng(
        assembleSignaturePng(deflateSync(signatureScanlines(bars()))),
      );
      page.drawImage(image, { x: 0, y: 0, width, height });
      const file = join(dir, 'signature.pdf');
      await writeFile(file, await pdf.save());
      // 72 dpi: one PDF point per pixel; PGM is grey bytes after a three-line header.
      await run('pdftoppm', ['-gray', '-r', '72', '-singlefile', file, join(dir, 'page')]);
      const pgm = await readFile(join(dir, 'page.pgm'));
      const pixels = pgm.subarray(pgm.length - width * height);
      const at = (x: number, y: number) => pixels[y * width + x] ?? -1;
      expect(at(300, 75)).toBeLessThan(60); // the ink bar
      expect(at(300, 125)).toBeGreaterThan(120); // the fainter bar
      expect(at(300, 125)).toBeLessThan(230);
      expect(at(50, 20)).toBe(255); // white paper
    } finally {
      await cleanup();
    }
  });
});
