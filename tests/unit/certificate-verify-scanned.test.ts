import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { createBackup } from '../../electron/services/backup/create-backup';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/**
 * What the lead's "Verify a certificate" says about a certificate as it reaches them: rendered
 * by the app, printed (rasterised by pdftoppm) and scanned (zbarimg), then checked on this
 * device or another one. It must never say "valid" for a record that is not held, and must say
 * why a once-genuine certificate can no longer be confirmed.
 */

const run = promisify(execFile);
const TODAY = new Date('2026-06-15T12:00:00Z');

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await withTempDir();
});
afterEach(() => temp.cleanup());

async function device(name: string): Promise<AppServices> {
  const dir = join(temp.dir, name);
  await mkdir(join(dir, 'exports'), { recursive: true });
  const services = servicesAt(dir, {
    dialogs: new TestDialogs(join(dir, 'exports')),
    now: () => TODAY,
  });
  services.settings.update({ retentionYears: 6 });
  return services;
}

async function add(services: AppServices, overrides: Partial<AcceptanceRecord> = {}) {
  const fullName = overrides.learner?.fullName ?? 'Siân Llŵyd';
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped(fullName);
  const record = sampleRecord({
    deviceId: services.settings.get().deviceId,
    signatureSha256,
    ...overrides,
  });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

/** The certificate as the app renders it, rasterised and read back by a real QR decoder. */
async function scanned(services: AppServices, record: AcceptanceRecord): Promise<string> {
  const { pdf } = await services.certificates.render(record);
  const name = `${record.recordId}`;
  const pdfPath = join(temp.dir, `${name}.pdf`);
  await writeFile(pdfPath, pdf);
  await run('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, join(temp.dir, name)]);
  const { stdout } = await run('zbarimg', ['--raw', '-q', join(temp.dir, `${name}.png`)]);
  return stdout.trim();
}

describe('verifying a scanned certificate', () => {
  it('a certificate from another device is not found there, and valid once its backup is imported', async () => {
    const a = await device('a');
    const b = await device('b');
    const record = await add(a);
    const qr = await scanned(a, record);

    expect(await b.certificates.verify(qr)).toEqual({ outcome: 'not-found', record: null });
    const backup = join(temp.dir, 'from-a.json');
    await createBackup(a.env.dataDir, a.settings.get(), backup, (await a.deviceKey()).key);
    const inspection = await b.lead.imports.inspect(backup);
    expect(inspection.summary.authenticity).toBe('other-device');
    await b.lead.imports.merge(inspection.ticket, false);

    const onB = await b.certificates.verify(qr);
    expect(onB.outcome).toBe('valid');
    expect(onB.record?.certificateCode).toBe(record.certificateCode);
  });

  it('a certificate whose person was erased on request says so from its QR code', async () => {
    const a = await device('a');
    const record = await add(a);
    const qr = await scanned(a, record);
    await a.lead.erasePerson(record.learner.identifier, record.learner.identifier);
    expect(await a.certificates.verify(qr)).toEqual({ outcome: 'erased', record: null });
    expect((await a.certificates.verify(record.certificateCode)).outcome).toBe('not-found');
  });

  it('a certificate whose record was removed at the end of retention says that, not "erased on request"', async () => {
    const a = await device('a');
    const old = await add(a, {
      startedAt: '2019-03-02T09:00:00.000Z',
      completedAt: '2019-03-02T10:15:00.000Z',
      signedAt: '2019-03-02T10:16:00.000Z',
      expiresOn: '2020-03-02',
    });
    const qr = await scanned(a, old);
    await a.lead.purgeRetention([old.recordId]);
    expect(await a.certificates.verify(qr)).toEqual({ outcome: 'retention-ended', record: null });
  });

  it('an older certificate superseded by a refresher is still genuine, with its own refresher date', async () => {
    const a = await device('a');
    const first = await add(a, {
      completedAt: '2025-07-01T10:00:00.000Z',
      signedAt: '2025-07-01T10:01:00.000Z',
      expiresOn: '2026-07-01',
    });
    const refresher = await add(a, {
      recordType: 'refresher',
      completedAt: '2026-06-01T10:00:00.000Z',
      signedAt: '2026-06-01T10:01:00.000Z',
      expiresOn: '2027-06-01',
    });
    const older = await a.certificates.verify(await scanned(a, first));
    expect(older.outcome).toBe('valid');
    expect(older.record?.expiresOn).toBe('2026-07-01');
    const newer = await a.certificates.verify(await scanned(a, refresher));
    expect(newer.outcome).toBe('valid');
    expect(newer.record).toMatchObject({ recordType: 'refresher', expiresOn: '2027-06-01' });
  });

  it('a scanned QR code altered by one character is never confirmed', async () => {
    const a = await device('a');
    const record = await add(a);
    const qr = await scanned(a, record);
    const parts = qr.split('.');
    // The record's fingerprint, its id, and the code, each changed by one character.
    const flip = (text: string) => text.slice(0, -1) + (text.endsWith('0') ? '1' : '0');
    for (const index of [3, 2, 1]) {
      const altered = parts.map((part, i) => (i === index ? flip(part) : part)).join('.');
      const { outcome } = await a.certificates.verify(altered);
      expect([index, outcome]).not.toEqual([index, 'valid']);
    }
  });
});
