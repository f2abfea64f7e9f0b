import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import {
  certificatePdf,
  combinedCertificatesPdf,
} from '../../electron/services/certificates/certificate-pdf';
import { sampleRecord } from './fixtures/sample-record';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'esafety-cert-names-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes the PDF to disk and reads its text back with poppler, as a person's viewer would. */
async function textOf(pdf: Uint8Array): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

const options = {
  labels: certificateLabelsFor('en-GB'),
  locale: 'en-GB',
  timeZone: 'Europe/London',
} as const;

describe('names on certificates', () => {
  it.each([
    ['Welsh', 'Siân Llŵyd-Ŷwen'],
    ['Polish', 'Łukasz Żółć'],
    ['Irish', 'Seán Ó Briain'],
    ['Turkish', 'Ağrı Işık'],
    ['Icelandic', 'Ýmir Þórðarson'],
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Cyrillic', 'Ольга Иванова'],
  ])('a %s name (%s) is printed exactly, with no missing characters', async (_, fullName) => {
    const record = sampleRecord({
      learner: { fullName, role: 'staff', identifier: 'x@example.org' },
    });
    const { pdf, missingCharacters } = await certificatePdf(record, options);
    expect(missingCharacters).toEqual([]);
    const text = (await textOf(pdf)).normalize('NFC');
    expect(text).toContain(fullName.normalize('NFC'));
    expect(text).toContain(record.certificateCode);
  });

  it('characters the font cannot draw are listed for a warning, never silently boxed', async () => {
    const record = sampleRecord({
      learner: { fullName: 'Mei 美玲 🙂', role: 'staff', identifier: 'x@example.org' },
    });
    const { missingCharacters } = await certificatePdf(record, options);
    expect(missingCharacters.sort()).toEqual(['玲', '美', '🙂'].sort());
  });

  it('the combined export has one page per certificate, each with its own learner', async () => {
    const records = ['Ольга Иванова', 'Seán Ó Briain', 'Ağrı Işık'].map((fullName) =>
      sampleRecord({ learner: { fullName, role: 'volunteer', identifier: fullName } }),
    );
    const { pdf } = await combinedCertificatesPdf(records, options);
    const pages = (await textOf(pdf)).split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(3);
    records.forEach((record, index) => {
      expect(pages[index]).toContain(record.learner.fullName);
      expect(pages[index]).toContain(record.certificateCode);
    });
  });
});
