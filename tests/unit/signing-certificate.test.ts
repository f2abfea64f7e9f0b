import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { certificatePayload } from '../../electron/services/certificates/certificate-payload';
import { CertificateService } from '../../electron/services/certificates/certificate-service';
import { Ledger } from '../../electron/services/ledger/ledger';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const pdfText = async (file: string) =>
  (await run('/usr/bin/pdftotext', ['-layout', file, '-'])).stdout;

async function setUp() {
  const temp = await withTempDir();
  const dataDir = join(temp.dir, 'data');
  const signatures = new SignatureStore(dataDir);
  let ledger = await Ledger.open(dataDir);
  const dialogs = new TestDialogs(temp.dir);
  const service = new CertificateService({
    ledger: async () => ledger,
    signatures,
    dataDir,
    dialogs,
  });
  const add = async (overrides: Partial<AcceptanceRecord> = {}) => {
    const signatureSha256 = await signatures.saveTyped('Siân Llŵyd-Łukasz');
    const record = sampleRecord({ signatureSha256, ...overrides });
    await ledger.appendCompletion(record);
    return record;
  };
  const reopen = async () => {
    ledger = await Ledger.open(dataDir);
  };
  return { ...temp, dataDir, dialogs, service, signatures, add, reopen };
}

type Env = Awaited<ReturnType<typeof setUp>>;
let env: Env;
beforeEach(async () => {
  env = await setUp();
});
afterEach(() => env.cleanup());

it('a saved certificate is a real PDF with the name, code and dates in English', async () => {
  const record = await env.add();
  const saved = await env.service.save(record.recordId);
  expect(saved.path).toBe(join(env.dir, `esafety-certificate-${record.certificateCode}.pdf`));
  expect(saved.missingCharacters).toEqual([]);
  const text = await pdfText(saved.path ?? '');
  expect(text).toContain('Siân Llŵyd-Łukasz');
  expect(text).toContain(record.certificateCode);
  expect(text).toContain('Completed on');
  expect(text).toContain('2 March 2026');
  expect(text).toContain('2 March 2027');
  expect(text).toContain('Riverside Youth Club');
});

it('a record signed in Welsh gets a certificate printed in Welsh', async () => {
  const record = await env.add({ locale: 'cy' });
  const { path } = await env.service.save(record.recordId);
  const text = await pdfText(path ?? '');
  expect(text).toContain('Tystysgrif cwblhau');
  expect(text).toContain('Cwblhawyd ar');
  expect(text).toContain(record.certificateCode);
});

it('cancelling the save dialog writes nothing', async () => {
  const record = await env.add();
  env.dialogs.cancelNext = true;
  expect(await env.service.save(record.recordId)).toEqual({ path: null, missingCharacters: [] });
});

it('printing writes the PDF inside the data folder and opens it in the system viewer', async () => {
  const record = await env.add();
  const { path } = await env.service.print(record.recordId);
  expect(await env.dialogs.openedFiles()).toEqual([path]);
  expect(path?.startsWith(join(env.dataDir, 'print'))).toBe(true);
  expect((await readFile(path ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
});

it('a name the certificate font cannot draw is reported, not silently printed as boxes', async () => {
  const record = await env.add({
    learner: { fullName: '王小明 Wang', role: 'staff', identifier: 'wang@example.org' },
  });
  expect((await env.service.summary(record.recordId)).missingCharacters).toEqual([
    '王',
    '小',
    '明',
  ]);
  expect((await env.service.save(record.recordId)).missingCharacters).toEqual(['王', '小', '明']);
});

describe('verifying a certificate', () => {
  it('a code typed from paper, in any case and without dashes, finds the valid record', async () => {
    const record = await env.add();
    const typed = record.certificateCode.replace(/-/g, ' ').toLowerCase();
    expect(await env.service.verify(typed)).toEqual({ status: 'valid', record });
  });

  it('the QR payload verifies the same record', async () => {
    const record = await env.add();
    expect(await env.service.verify(certificatePayload(record))).toEqual({
      status: 'valid',
      record,
    });
  });

  it('a code this device never issued is unknown, and gibberish is not a code', async () => {
    await env.add();
    expect(await env.service.verify('2222-3333-4444-5555')).toEqual({
      status: 'unknown',
      reason: 'not-found',
    });
    expect(await env.service.verify('hello')).toEqual({ status: 'unknown', reason: 'not-a-code' });
  });

  it('a record edited in the ledger file shows as tampered', async () => {
    const record = await env.add();
    const file = join(env.dataDir, 'ledger.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"overallPercent":85', '"overallPercent":99'));
    await env.reopen();
    expect(await env.service.verify(record.certificateCode)).toMatchObject({
      status: 'tampered',
      reason: 'ledger-entry',
    });
  });

  it('a QR code whose fingerprint does not match the record shows as tampered', async () => {
    const record = await env.add();
    const forged = certificatePayload({ ...record, overallPercent: 100 });
    expect(await env.service.verify(forged)).toMatchObject({
      status: 'tampered',
      reason: 'payload',
    });
  });

  it('a signature file changed on disk shows as tampered', async () => {
    const record = await env.add();
    const file = join(env.dataDir, 'signatures', `${record.signatureSha256}.txt`);
    await writeFile(file, 'Someone Else');
    expect(await env.service.verify(record.certificateCode)).toMatchObject({
      status: 'tampered',
      reason: 'signature',
    });
  });
});
