import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import type { AppServices } from '../../electron/services/app-services';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);

let temp: { dir: string; cleanup: () => Promise<void> };
let exportsDir: string;
let services: AppServices;
beforeEach(async () => {
  temp = await withTempDir();
  exportsDir = join(temp.dir, 'exports');
  await mkdir(exportsDir);
  services = servicesAt(temp.dir, {
    dialogs: new TestDialogs(exportsDir),
    now: () => new Date('2026-06-15T12:00:00Z'),
  });
});
afterEach(() => temp.cleanup());

async function add(fullName: string): Promise<AcceptanceRecord> {
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped(fullName);
  const record = sampleRecord({
    learner: { fullName, role: 'staff', identifier: `${fullName}@example.org` },
    organisationName: '=Org "Name", Ltd',
    signatureSha256,
  });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

/** Each page's QR code, as a phone or a scanner reads it off the rendered page (zbarimg). */
async function qrCodesIn(pdfPath: string): Promise<string[]> {
  const prefix = join(temp.dir, 'page');
  await run('pdftoppm', ['-png', '-r', '150', pdfPath, prefix]);
  const pages = (await readdir(temp.dir)).filter((name) => name.startsWith('page')).sort();
  const codes: string[] = [];
  for (const page of pages) {
    codes.push((await run('zbarimg', ['--raw', '-q', join(temp.dir, page)])).stdout.trim());
  }
  return codes;
}

describe('certificate QR codes read by a real QR decoder', () => {
  it('every page of the combined export scans to a payload the app confirms, for names a spreadsheet or a web page would misread', async () => {
    const names = [
      '=HYPERLINK("http://x","y")',
      "'=1+1",
      'O\'Brien, "Jr" <b>x</b>',
      'Ŵ'.repeat(100),
    ];
    const records = [];
    for (const name of names) records.push(await add(name));
    const job = await createHandlers(services).leadStartExport({
      kind: 'certificates-combined',
      locale: 'cy',
    });
    expect((await services.lead.jobs.settled(job?.id ?? '')).state).toBe('done');
    const codes = await qrCodesIn(join(exportsDir, 'tystysgrifau-e-ddiogelwch.pdf'));
    expect(codes).toHaveLength(names.length);
    const verified = await Promise.all(codes.map((code) => services.certificates.verify(code)));
    expect(verified.map((v) => [v.outcome, v.record?.fullName])).toEqual(
      records.map((r) => ['valid', r.learner.fullName]),
    );
  });
});
