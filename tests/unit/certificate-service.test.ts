import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import type { Handlers } from '../../electron/ipc/router';
import type { AppServices } from '../../electron/services/app-services';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const pdfText = async (file: string) =>
  (await run('pdftotext', ['-layout', file, '-'])).stdout.normalize('NFC');

let temp: { dir: string; cleanup: () => Promise<void> };
let exportsDir: string;
let dialogs: TestDialogs;
let services: AppServices;
let handlers: Handlers;
beforeEach(async () => {
  temp = await withTempDir();
  exportsDir = join(temp.dir, 'exports');
  await mkdir(exportsDir);
  dialogs = new TestDialogs(exportsDir);
  services = servicesAt(temp.dir, { dialogs });
  // Called directly, past the router: the lead session is ipc-lead-access.test.ts's concern.
  handlers = createHandlers(services);
});
afterEach(() => temp.cleanup());

async function add(
  overrides: Partial<AcceptanceRecord> = {},
  typedSignature = overrides.learner?.fullName ?? 'Siân Llŵyd-Łukasz',
): Promise<AcceptanceRecord> {
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped(typedSignature);
  const record = sampleRecord({ signatureSha256, ...overrides });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

describe('the learner’s certificate', () => {
  it('a saved certificate is a real PDF with the name, code and dates in English', async () => {
    const record = await add();
    const saved = await handlers.saveCertificate({ recordId: record.recordId });
    expect(saved.missingCharacters).toEqual([]);
    const text = await pdfText(saved.path ?? '');
    for (const expected of [
      'Siân Llŵyd-Łukasz',
      record.certificateCode,
      'Completed on',
      '2 March 2026',
      '2 March 2027',
      'Riverside Youth Club',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a record signed in Welsh gets a certificate printed in Welsh', async () => {
    const record = await add({ locale: 'cy' });
    const { path } = await handlers.saveCertificate({ recordId: record.recordId });
    const text = await pdfText(path ?? '');
    expect(text).toContain('Tystysgrif cwblhau');
    expect(text).toContain('Cwblhawyd ar');
    expect(text).toContain(record.certificateCode);
  });

  it('cancelling the save dialog writes nothing', async () => {
    const record = await add();
    await dialogs.cancelNextDialog();
    expect(await handlers.saveCertificate({ recordId: record.recordId })).toEqual({
      path: null,
      missingCharacters: [],
    });
    expect(await readdir(exportsDir)).toEqual([]);
  });

  it('printing writes the PDF inside the data folder and opens it in the system viewer', async () => {
    const record = await add();
    const { path } = await handlers.printCertificate({ recordId: record.recordId });
    expect(await dialogs.openedFiles()).toEqual([path]);
    expect(path?.startsWith(join(services.env.dataDir, 'print'))).toBe(true);
    expect((await readFile(path ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a name the certificate font cannot draw is reported, not silently printed as boxes', async () => {
    // The text policy refuses such a name at entry now; a record signed before it, or imported
    // from an older device, can still hold one.
    const record = await add(
      { learner: { fullName: '王小明 Wang', role: 'staff', identifier: 'wang@example.org' } },
      'Wang',
    );
    const missing = ['王', '小', '明'];
    expect((await handlers.getCertificateSummary(record)).missingCharacters).toEqual(missing);
    expect((await handlers.saveCertificate(record)).missingCharacters).toEqual(missing);
  });

  it('a record that is not in the ledger gets no certificate, with a message saying so', async () => {
    await expect(
      handlers.leadSaveCertificate({ recordId: sampleRecord().recordId }),
    ).rejects.toMatchObject({ i18nKey: 'errors.certificate.recordNotFound' });
  });
});

describe('certificate file names: one rule, for the learner and the lead', () => {
  /** Every way a certificate file is made, for one record; returns each file's path. */
  async function everyCertificateFile(record: AcceptanceRecord): Promise<string[]> {
    const learnerSave = await handlers.saveCertificate({ recordId: record.recordId });
    const learnerPrint = await handlers.printCertificate({ recordId: record.recordId });
    const leadSaved = await handlers.leadSaveCertificate({ recordId: record.recordId });
    const job = await handlers.leadStartExport({ kind: 'certificates-folder', locale: 'en-GB' });
    const done = await services.lead.jobs.settled(job?.id ?? '');
    expect(done.state).toBe('done');
    return [
      learnerSave.path ?? '',
      learnerPrint.path ?? '',
      leadSaved?.path ?? '',
      ...(await readdir(exportsDir))
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => join(exportsDir, name)),
    ];
  }

  it('every certificate file is named by its code, and never by the learner’s name', async () => {
    const record = await add();
    const files = await everyCertificateFile(record);
    const names = new Set(files.map((file) => basename(file)));
    // Both saves chose the same file; the folder export, finding it there, added a -2.
    expect([...names].sort()).toEqual([
      `esafety-certificate-${record.certificateCode}-2.pdf`,
      `esafety-certificate-${record.certificateCode}.pdf`,
    ]);
    for (const file of files) {
      expect(basename(file)).not.toMatch(/si[aâ]n|llw|lukasz/i);
      expect(await pdfText(file)).toContain('Siân Llŵyd-Łukasz');
    }
  });

  it('a Welsh certificate’s file is named in Welsh, by the learner and by the lead', async () => {
    const record = await add({ locale: 'cy' });
    const welsh = `tystysgrif-e-ddiogelwch-${record.certificateCode}.pdf`;
    expect(basename((await handlers.saveCertificate(record)).path ?? '')).toBe(welsh);
    expect(basename((await handlers.leadSaveCertificate(record))?.path ?? '')).toBe(welsh);
  });

  it('the lead’s folder export never replaces a file already in the folder', async () => {
    const record = await add();
    const existing = join(exportsDir, `esafety-certificate-${record.certificateCode}.pdf`);
    await writeFile(existing, 'the lead’s annotated copy');
    const job = await handlers.leadStartExport({ kind: 'certificates-folder', locale: 'en-GB' });
    expect((await services.lead.jobs.settled(job?.id ?? '')).state).toBe('done');
    expect(await readFile(existing, 'utf8')).toBe('the lead’s annotated copy');
    const second = join(exportsDir, `esafety-certificate-${record.certificateCode}-2.pdf`);
    expect(await pdfText(second)).toContain(record.certificateCode);
  });
});
