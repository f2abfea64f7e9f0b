import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCertificateJob } from '../../electron/services/certificates/certificate-job';
import { defaultFontsDir } from '../../electron/services/certificates/certificate-fonts';
import { certificatePayload } from '../../electron/services/certificates/certificate-payload';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

/** A job's pages: the records, their QR payloads (sealed in main) and the calendar. */
const jobPages = (list: ReturnType<typeof records>) => ({
  records: list,
  payloads: list.map(certificatePayload),
  timeZone: 'Europe/London',
});

const records = (count: number) =>
  Array.from({ length: count }, (_, n) =>
    sampleRecord({
      learner: {
        fullName: `Learner ${n} Prys`,
        role: 'volunteer',
        identifier: `l${n}@example.org`,
      },
      locale: n % 2 ? 'cy' : 'en-GB',
    }),
  );

describe('certificate jobs in a worker thread', () => {
  it('a folder export writes every certificate and reports each one as it is done', async () => {
    const done: number[] = [];
    const result = await runCertificateJob(
      { kind: 'folder', ...jobPages(records(3)), dir },
      defaultFontsDir(),
      { onProgress: (n) => done.push(n) },
    );
    expect(result).toEqual({ written: 3, missingCharacters: [] });
    expect(done).toEqual([1, 2, 3]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.pdf'))).toHaveLength(3);
  });

  it('cancelling stops after the certificate in hand and leaves no half-written file', async () => {
    const cancel = new AbortController();
    const job = runCertificateJob(
      { kind: 'folder', ...jobPages(records(40)), dir },
      defaultFontsDir(),
      {
        signal: cancel.signal,
        onProgress: (n) => n === 2 && cancel.abort(),
      },
    );
    await expect(job).rejects.toMatchObject({ code: 'lead-export-cancelled' });
    const names = await readdir(dir);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.length).toBeLessThan(40);
    expect(names.every((name) => name.endsWith('.pdf'))).toBe(true);
  });

  it('a large folder export, shared between two threads, writes every certificate once and counts each', async () => {
    const list = records(60);
    const done: number[] = [];
    const result = await runCertificateJob(
      { kind: 'folder', ...jobPages(list), dir },
      defaultFontsDir(),
      { onProgress: (n) => done.push(n) },
    );
    expect(result).toEqual({ written: 60, missingCharacters: [] });
    expect(done).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const names = (await readdir(dir)).filter((name) => name.endsWith('.pdf'));
    expect(new Set(names).size).toBe(60);
    expect(names.every((name) => !/-\d\.pdf$/.test(name))).toBe(true);
  });

  it('cancelling a shared folder export reports every file written by either thread', async () => {
    const cancel = new AbortController();
    const job = runCertificateJob(
      { kind: 'folder', ...jobPages(records(80)), dir },
      defaultFontsDir(),
      { signal: cancel.signal, onProgress: (n) => n === 4 && cancel.abort() },
    );
    const error = await job.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lead-export-cancelled' });
    const names = await readdir(dir);
    expect(names.every((name) => name.endsWith('.pdf'))).toBe(true);
    expect((error as { details: { written: number } }).details.written).toBe(names.length);
    expect(names.length).toBeLessThan(80);
  });

  it('a combined document reports each page, and a cancelled one produces nothing', async () => {
    const pages: number[] = [];
    const { pdf } = await runCertificateJob(
      { kind: 'combined', ...jobPages(records(3)), locale: 'cy' },
      defaultFontsDir(),
      { onProgress: (n) => pages.push(n) },
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pages).toEqual([1, 2, 3]);

    const cancel = new AbortController();
    cancel.abort();
    await expect(
      runCertificateJob(
        { kind: 'combined', ...jobPages(records(3)), locale: 'cy' },
        defaultFontsDir(),
        {
          signal: cancel.signal,
        },
      ),
    ).rejects.toMatchObject({ code: 'lead-export-cancelled' });
  });

  it('a large combined document, its QR codes made ahead by a second thread, has every page with its own name and code', async () => {
    const list = records(60);
    const pages: number[] = [];
    const { pdf } = await runCertificateJob(
      { kind: 'combined', ...jobPages(list), locale: 'en-GB' },
      defaultFontsDir(),
      { onProgress: (n) => pages.push(n) },
    );
    expect(pages).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const file = join(dir, 'combined.pdf');
    await writeFile(file, pdf);
    const text = (await run('pdftotext', [file, '-'])).stdout;
    for (const record of list) expect(text).toContain(record.learner.fullName);
    for (const page of [1, 31, 60]) {
      const image = join(dir, `page-${page}`);
      await run('pdftoppm', ['-png', '-r', '150', '-f', `${page}`, '-l', `${page}`, file, image]);
      const png = (await readdir(dir)).find((name) => name.startsWith(`page-${page}`)) ?? '';
      const scanned = (await run('zbarimg', ['--raw', '-q', join(dir, png)])).stdout.trim();
      expect(scanned).toBe(certificatePayload(list[page - 1]!));
    }
  });

  it('a failure inside the worker reaches the caller as the same typed error', async () => {
    await expect(
      runCertificateJob({ kind: 'combined', ...jobPages([]), locale: 'en-GB' }, defaultFontsDir()),
    ).rejects.toMatchObject({ code: 'CERTIFICATE_NO_RECORDS' });
    await expect(
      runCertificateJob(
        { kind: 'folder', ...jobPages(records(1)), dir: join(dir, 'missing', 'folder') },
        defaultFontsDir(),
      ),
    ).rejects.toThrow();
  });
});
