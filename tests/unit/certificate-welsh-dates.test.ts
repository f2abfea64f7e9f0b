import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const RealDateTimeFormat = Intl.DateTimeFormat;
type Call = { locales: unknown; options: Intl.DateTimeFormatOptions | undefined };
let calls: Call[];
let dir: string;
let cleanup: () => Promise<void>;

/**
 * Chromium, and so Electron, has no Welsh date data: `Intl.DateTimeFormat('cy')` answers in
 * American English. Node here has full ICU, so the test takes Welsh away the same way.
 */
class WithoutWelshDateData extends RealDateTimeFormat {
  constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    calls.push({ locales, options });
    const welsh = [locales].flat().some((l) => typeof l === 'string' && /^cy\b/i.test(l));
    super(welsh ? 'en-US' : locales, options);
  }
}

beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  calls = [];
  Intl.DateTimeFormat = WithoutWelshDateData as typeof Intl.DateTimeFormat;
});
afterEach(async () => {
  Intl.DateTimeFormat = RealDateTimeFormat;
  await cleanup();
});

async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = join(dir, 'certificate.pdf');
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.normalize('NFC');
}

describe('a Welsh certificate on a runtime without Welsh date data', () => {
  it('prints its dates with Welsh month names, never American English', async () => {
    // The stand-in really answers in American English when asked for Welsh.
    expect(new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeZone: 'UTC' }).format(0)).toBe(
      'January 1, 1970',
    );
    const record = sampleRecord({
      locale: 'cy',
      completedAt: '2026-03-02T10:00:00.000Z',
      expiresOn: '2027-01-31',
    });
    const { pdf } = await certificatePdf(record, {
      labels: certificateLabelsFor('cy'),
      locale: 'cy',
      timeZone: 'Europe/London',
    });
    const text = await pdfText(pdf);
    expect(text).toContain('2 Mawrth 2026');
    expect(text).toContain('31 Ionawr 2027');
    expect(text).not.toMatch(/March|January/);
  });

  it('asks Intl only for numbers in a time zone, never for a language’s names', async () => {
    const record = sampleRecord({ locale: 'cy', completedAt: '2031-07-04T12:00:00.000Z' });
    await certificatePdf(record, {
      labels: certificateLabelsFor('cy'),
      locale: 'cy',
      timeZone: 'Pacific/Chatham',
    });
    // A zone no earlier test used, so its formatter is made (and seen) here.
    expect(calls.length).toBeGreaterThan(0);
    for (const { locales, options } of calls) {
      expect(locales).toBe('en-US');
      expect(options?.month).toBe('numeric');
      expect(options?.dateStyle).toBeUndefined();
      expect(options?.weekday).toBeUndefined();
      expect(options?.era).toBeUndefined();
    }
  });
});
