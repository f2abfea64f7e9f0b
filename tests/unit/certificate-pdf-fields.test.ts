import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = join(dir, 'certificate.pdf');
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.normalize('NFC');
}

describe('what a certificate says', () => {
  it.each([
    [
      'en-GB',
      'induction',
      'E-safety induction',
      '2 March 2026',
      '31 January 2027',
      '85%',
      'Volunteer',
    ],
    [
      'cy',
      'refresher',
      'Hyfforddiant gloywi e-ddiogelwch',
      '2 Mawrth 2026',
      '31 Ionawr 2027',
      '85%',
      'Gwirfoddolwr',
    ],
  ] as const)(
    'a %s %s certificate prints every field in that language',
    async (locale, recordType, course, completed, expires, score, role) => {
      const record = sampleRecord({
        locale,
        recordType,
        expiresOn: '2027-01-31',
        aupVersion: '2026.3-beta',
        organisationName: 'Ysgol Gymraeg Aberystwyth',
      });
      const labels = certificateLabelsFor(locale);
      const { pdf, missingCharacters } = await certificatePdf(record, {
        labels,
        locale,
        timeZone: 'Europe/London',
      });
      expect(missingCharacters).toEqual([]);
      const text = await pdfText(pdf);
      for (const expected of [
        record.organisationName,
        labels.heading,
        record.learner.fullName,
        role,
        course,
        labels.completedOn,
        completed,
        labels.expiresOn,
        expires,
        labels.aupVersion,
        '2026.3-beta',
        labels.overallScore,
        score,
        labels.certificateCode,
        record.certificateCode,
      ]) {
        expect(text, expected).toContain(expected);
      }
    },
  );

  it('shows the completion date on the wall calendar of the time zone asked for', async () => {
    const record = sampleRecord({ completedAt: '2026-06-30T23:30:00.000Z' });
    const labels = certificateLabelsFor('en-GB');
    const london = await certificatePdf(record, {
      labels,
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    expect(await pdfText(london.pdf)).toContain('1 July 2026');
    const utc = await certificatePdf(record, { labels, locale: 'en-GB', timeZone: 'UTC' });
    expect(await pdfText(utc.pdf)).toContain('30 June 2026');
  });

  it('is one A4 landscape page titled with the learner’s name', async () => {
    const record = sampleRecord();
    const { pdf } = await certificatePdf(record, {
      labels: certificateLabelsFor('en-GB'),
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toContain(record.learner.fullName);
  });

  it('shrinks a very long name to fit the page instead of cutting it off', async () => {
    const fullName = 'Maximiliana Bartholomew-Featherstonehaugh Llewellyn-Ó Súilleabháin';
    const record = sampleRecord({ learner: { fullName, role: 'staff', identifier: 'x' } });
    const { pdf } = await certificatePdf(record, {
      labels: certificateLabelsFor('en-GB'),
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain(fullName);
  });
});
