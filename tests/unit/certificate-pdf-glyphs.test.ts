import { describe, expect, it } from 'vitest';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { embeddedFontGlyphs } from '../support/pdf-embedded-fonts';
import { sampleRecord } from './fixtures/sample-record';

describe('a certificate prints, not only extracts', () => {
  it.each(['en-GB', 'cy'] as const)(
    'every glyph embedded in a %s certificate has an outline (only the space is blank)',
    async (locale) => {
      const record = sampleRecord({
        locale,
        learner: { fullName: 'Siân Llŵyd-Łukasz Ελένη Ольга ığ', role: 'staff', identifier: 'x' },
      });
      const { pdf } = await certificatePdf(record, {
        labels: certificateLabelsFor(locale),
        locale,
        timeZone: 'Europe/London',
      });
      const fonts = await embeddedFontGlyphs(pdf);
      expect(fonts.length).toBeGreaterThanOrEqual(2); // regular and bold, both embedded
      for (const font of fonts) {
        expect(font.glyphs, font.name).toBeGreaterThan(20);
        expect(font.blankGlyphs, font.name).toBeLessThanOrEqual(1);
      }
    },
  );
});
