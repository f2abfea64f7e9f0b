import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PRINTABLE_RANGES } from '../../common/text/printable-code-points';
import { checkText, PERSON_NAME } from '../../common/text/text-policy';
import { loadCertificateFonts } from '../../electron/services/certificates/certificate-fonts';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { computePrintableRanges, printableModuleSource } from '../../scripts/printable-code-points';
import { embeddedFontGlyphs } from '../support/pdf-embedded-fonts';
import { sampleRecord } from './fixtures/sample-record';

const GENERATED = fileURLToPath(
  new URL('../../common/text/printable-code-points.ts', import.meta.url),
);

function printableCharacters(): string[] {
  const chars: string[] = [];
  for (let i = 0; i < PRINTABLE_RANGES.length; i += 2) {
    for (let c = PRINTABLE_RANGES[i]!; c <= PRINTABLE_RANGES[i + 1]!; c += 1) {
      chars.push(String.fromCodePoint(c));
    }
  }
  return chars;
}

describe('the characters the name policy allows are the ones the certificate can print', () => {
  it('the generated list matches the certificate fonts (regenerate it when they change)', async () => {
    const ranges = computePrintableRanges();
    expect([...PRINTABLE_RANGES]).toEqual(ranges);
    expect(await readFile(GENERATED, 'utf8')).toBe(await printableModuleSource(ranges, GENERATED));
  });

  it('every one of them prints with a real glyph, in both weights, after subsetting', async () => {
    const chars = printableCharacters();
    expect(chars.length).toBeGreaterThan(4000);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const bytes = await loadCertificateFonts();
    const fonts = [
      await doc.embedFont(bytes.regular, { subset: true }),
      await doc.embedFont(bytes.bold, { subset: true }),
    ];
    const page = doc.addPage([2000, 2000]);
    for (const [index, font] of fonts.entries()) {
      for (let line = 0; line * 100 < chars.length; line += 1) {
        const text = chars.slice(line * 100, line * 100 + 100).join('');
        page.drawText(text, { x: 10 + index * 1000, y: 1990 - line * 30, size: 4, font });
      }
    }
    const embedded = await embeddedFontGlyphs(await doc.save());
    expect(embedded).toHaveLength(2);
    for (const font of embedded) {
      expect(font.glyphs, font.name).toBeGreaterThan(4000);
      // The space is the only glyph without an outline.
      expect(font.blankGlyphs, font.name).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['Welsh', 'Siân Llŵyd-Ŷwen'],
    ['Polish', 'Łukasz Żółć'],
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Cyrillic', 'Ольга Иванова'],
  ])('a %s name passes the policy and its certificate misses no character', async (_, name) => {
    expect(checkText(name, PERSON_NAME).problem).toBeNull();
    const record = sampleRecord({
      learner: { fullName: name, role: 'staff', identifier: 'x@example.org' },
    });
    const { missingCharacters } = await certificatePdf(record, {
      labels: certificateLabelsFor('cy'),
      locale: 'cy',
      timeZone: 'Europe/London',
    });
    expect(missingCharacters).toEqual([]);
  });

  it('a name with characters the certificate would box is refused at entry, naming them', async () => {
    const name = 'Mei 美玲 🦊';
    expect(checkText(name, PERSON_NAME).problem).toEqual({
      code: 'notPrintable',
      values: { characters: '美 玲 🦊' },
    });
    // What the policy prevents: the same name on a certificate would print empty boxes.
    const record = sampleRecord({
      learner: { fullName: name, role: 'staff', identifier: 'x@example.org' },
    });
    const { missingCharacters } = await certificatePdf(record, {
      labels: certificateLabelsFor('en-GB'),
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    expect(missingCharacters.sort()).toEqual(['美', '玲', '🦊'].sort());
  });
});
