import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePayload } from '../../electron/services/certificates/certificate-payload';
import {
  certificateMaker,
  certificatePdf,
  combinedCertificatesPdf,
} from '../../electron/services/certificates/certificate-pdf';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { embeddedFontGlyphs } from '../support/pdf-embedded-fonts';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

async function saved(pdf: Uint8Array, name: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, pdf);
  return file;
}

async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', file, '-'])).stdout.normalize('NFC');
}

/** What a phone's camera reads: the page rendered at print resolution, then decoded. */
async function scannedQrCodes(file: string): Promise<string[]> {
  const image = join(dir, 'page');
  await run('pdftoppm', ['-png', '-r', '150', file, image]);
  const pages = (await run('ls', [dir])).stdout.split('\n').filter((n) => n.startsWith('page'));
  const codes: string[] = [];
  for (const page of pages.sort()) {
    codes.push((await run('zbarimg', ['--raw', '-q', join(dir, page)])).stdout.trim());
  }
  return codes;
}

const certificate = (record: AcceptanceRecord) =>
  certificatePdf(record, {
    labels: certificateLabelsFor(record.locale),
    locale: record.locale,
    timeZone: 'Europe/London',
  });

const named = (fullName: string, overrides: Partial<AcceptanceRecord> = {}) =>
  sampleRecord({
    learner: { fullName, role: 'staff', identifier: `${fullName.length}@example.org` },
    ...overrides,
  });

describe('certificates made one after another, as a folder export makes them', () => {
  it('every letter stays in the text layer, even one an earlier certificate used inside another letter', async () => {
    // "ŵ" is drawn from "w"; the next certificate uses a plain "w" (and Welsh labels).
    await certificate(named('Siân Llŵyd'));
    const later = named('Gwen Wynne', { locale: 'cy' });
    const text = await pdfText(await saved((await certificate(later)).pdf, 'later.pdf'));
    expect(text).toContain('Gwen Wynne');
    expect(text).toContain('Tystysgrif cwblhau');
  });

  it("the QR code scans to the record's verification payload", async () => {
    const record = named('Łukasz Wójcik');
    const file = await saved((await certificate(record)).pdf, 'one.pdf');
    expect(await scannedQrCodes(file)).toEqual([certificatePayload(record)]);
  });

  it('each page of a combined document has its own name and its own scannable code', async () => {
    const records = [named('Ελένη Οικονόμου'), named('Ольга Мельник'), named('Ffion Huws')];
    const { pdf } = await combinedCertificatesPdf(records, {
      labels: certificateLabelsFor('en-GB'),
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    const file = await saved(pdf, 'combined.pdf');
    const text = await pdfText(file);
    for (const record of records) expect(text).toContain(record.learner.fullName);
    expect(await scannedQrCodes(file)).toEqual(records.map(certificatePayload));
  });

  it('a folder of names in many scripts, made as one job: each file prints its own name and code, every letter drawn', async () => {
    const records = [
      named('Siân Llŵyd-Ŷwen', { locale: 'cy' }),
      named('Ελένη Οικονόμου'),
      named('Ольга Мельник', { locale: 'cy' }),
      named('Łukasz Wójcik'),
    ];
    const make = await certificateMaker(records, (record) => ({
      labels: certificateLabelsFor(record.locale),
      locale: record.locale,
      timeZone: 'Europe/London',
    }));
    for (const [i, record] of records.entries()) {
      const { pdf, missingCharacters } = await make(record);
      expect(missingCharacters).toEqual([]);
      const file = await saved(pdf, `job-${i}.pdf`);
      const text = await pdfText(file);
      expect(text).toContain(record.learner.fullName);
      expect(text).toContain(record.certificateCode);
      expect(await scannedQrCodes(file)).toEqual([certificatePayload(record)]);
      for (const font of await embeddedFontGlyphs(pdf)) {
        expect(font.blankGlyphs, font.name).toBeLessThanOrEqual(1);
      }
    }
  });

  it('a certificate with letters its job did not foresee still prints and extracts them', async () => {
    const make = await certificateMaker([named('Ffion Huws')], (record) => ({
      labels: certificateLabelsFor(record.locale),
      locale: record.locale,
      timeZone: 'Europe/London',
    }));
    await make(named('Ffion Huws'));
    const { pdf } = await make(named('Ольга Мельник'));
    expect(await pdfText(await saved(pdf, 'unforeseen.pdf'))).toContain('Ольга Мельник');
    for (const font of await embeddedFontGlyphs(pdf)) {
      expect(font.blankGlyphs, font.name).toBeLessThanOrEqual(1);
    }
  });
});
