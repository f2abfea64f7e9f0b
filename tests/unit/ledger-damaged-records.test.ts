import { execFile } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import type { Handlers } from '../../electron/ipc/router';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import type { JobStatus } from '../../electron/services/lead/export-jobs';
import { confSettingsSource } from '../support/conf-settings-source';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { testProtector } from '../support/test-device-key';
import {
  checkpointPath,
  ledgerPath,
  readEntries,
  rechain,
  writeEntries,
} from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let temp: { dir: string; cleanup: () => Promise<void> };
let dialogs: TestDialogs;
const dataDir = () => join(temp.dir, 'app', 'data');

/** The app as it starts: a fresh set of services over the same data folder. */
function start(): { services: AppServices; handlers: Handlers } {
  const services = createAppServices({
    appName: 'test',
    appVersion: '0.0.0',
    dataDir: dataDir(),
    contentDir: join(process.cwd(), 'content'),
    settingsSource: confSettingsSource(join(temp.dir, 'app')),
    secretStore: testProtector(),
    dialogs,
    now: () => new Date('2026-06-15T12:00:00Z'),
  });
  services.leadSession.open(services.env.now());
  return { services, handlers: createHandlers(services) };
}

let records: AcceptanceRecord[];

beforeEach(async () => {
  temp = await withTempDir();
  dialogs = new TestDialogs(temp.dir);
  const { services } = start();
  const store = new SignatureStore(dataDir());
  records = [];
  for (const name of ['Ana Price', 'Ben Hall', 'Cara Evans']) {
    const signatureSha256 = await store.saveTyped(name);
    const identifier = `${name.split(' ')[0]!.toLowerCase()}@example.org`;
    const record = sampleRecord({
      signatureSha256,
      learner: { fullName: name, role: 'staff', identifier },
    });
    await (await services.ledger()).appendCompletion(record);
    records.push(record);
  }
});
afterEach(() => temp.cleanup());

/** Ben's score raised to 100 in the file, with the hashes recomputed as a forger would. */
async function forgeBensScore(): Promise<void> {
  const entries = await readEntries(dataDir());
  (entries[1]!.body as { overallPercent: number }).overallPercent = 100;
  rechain(entries, 1);
  await writeEntries(dataDir(), entries);
}

const pdfsIn = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.pdf'));

async function finished(services: AppServices, job: JobStatus | null) {
  return services.lead.jobs.settled(job?.id ?? '');
}

describe('a damaged record gets no certificate, no "valid" and no export row', () => {
  it('the learner’s and the lead’s certificate saves refuse it and write nothing', async () => {
    await forgeBensScore();
    const { handlers } = start();
    const refusal = { code: 'LEDGER_RECORD_DAMAGED', i18nKey: 'errors.ledger.recordDamaged' };
    await expect(
      handlers.saveCertificate({ recordId: records[1]!.recordId }),
    ).rejects.toMatchObject(refusal);
    await expect(
      handlers.leadSaveCertificate({ recordId: records[1]!.recordId }),
    ).rejects.toMatchObject(refusal);
    await expect(
      handlers.printCertificate({ recordId: records[1]!.recordId }),
    ).rejects.toMatchObject(refusal);
    expect(await pdfsIn(temp.dir)).toEqual([]);
    // The sound record before it still gets its certificate.
    expect(
      (await handlers.saveCertificate({ recordId: records[0]!.recordId })).path,
    ).not.toBeNull();
  });

  it('verifying its certificate code says damaged, never valid', async () => {
    await forgeBensScore();
    const { handlers } = start();
    expect(
      (await handlers.leadVerifyCertificate({ input: records[1]!.certificateCode })).outcome,
    ).toBe('damaged');
    expect(
      (await handlers.leadVerifyCertificate({ input: records[0]!.certificateCode })).outcome,
    ).toBe('valid');
  });

  it('the lead sees it in the records table, flagged with why, and a CSV export leaves it out', async () => {
    await forgeBensScore();
    const { services, handlers } = start();
    const page = await handlers.leadRecords({
      filter: {},
      sort: { key: 'fullName', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page.rows.map((row) => [row.fullName, row.damage])).toEqual([
      ['Ana Price', null],
      ['Ben Hall', 'seal-mismatch'],
      ['Cara Evans', 'seal-mismatch'],
    ]);
    const done = await finished(
      services,
      await handlers.leadStartExport({ kind: 'csv', locale: 'en-GB' }),
    );
    expect(done.state).toBe('done');
    const text = await readFile(done.outcome?.target ?? '', 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    // The closing row is the ledger's checkpoint, not a record.
    expect(rows.slice(0, -1).map((row) => row['Full name'])).toEqual(['Ana Price']);
    expect(rows.at(-1)?.['Record ID']).toBe('ledger-checkpoint');
    const dashboard = await handlers.leadDashboard({ locale: 'en-GB' });
    expect(dashboard.integrity.findings.map((f) => f.nature)).toContain('seal-mismatch');
  });
});

describe('a person whose only record is damaged', () => {
  it('still opens for the lead, the record flagged with why, and counts as never trained', async () => {
    await forgeBensScore();
    const { handlers } = start();
    const ben = await handlers.leadPerson({ identifier: 'BEN@example.org' });
    expect(ben.fullName).toBe('Ben Hall');
    expect(ben.status).toBe('never');
    expect(ben.dueOn).toBeNull();
    expect(ben.records.map((r) => [r.record.recordId, r.damage])).toEqual([
      [records[1]!.recordId, 'seal-mismatch'],
    ]);
    // A sound person's history is unflagged and judged as before.
    const ana = await handlers.leadPerson({ identifier: 'ana@example.org' });
    expect(ana.status).toBe('current');
    expect(ana.records.map((r) => r.damage)).toEqual([null]);
  });
});

describe('erasing a person on request', () => {
  it('erases their damaged record too: damaged or not, it holds their data', async () => {
    await forgeBensScore();
    const { services, handlers } = start();
    const result = await handlers.leadErasePerson({
      identifier: 'ben@example.org',
      confirmation: 'ben@example.org',
    });
    expect(result.erasedRecords).toBe(1);
    expect((await services.ledger()).findByRecordId(records[1]!.recordId)?.record).toBeNull();
    expect(await readFile(ledgerPath(dataDir()), 'utf8')).not.toContain('Ben Hall');
  });
});

describe('a certificate carries a checkpoint of the ledger in its QR code', () => {
  it('verifying a kept certificate reveals records later cut from this device without a trace', async () => {
    await copyFile(ledgerPath(dataDir()), join(temp.dir, 'ledger.old'));
    await copyFile(checkpointPath(dataDir()), join(temp.dir, 'checkpoint.old'));
    const { services, handlers } = start();
    const late = sampleRecord({ signatureSha256: records[0]!.signatureSha256 });
    await (await services.ledger()).appendCompletion(late);
    const saved = await handlers.saveCertificate({ recordId: late.recordId });
    const png = join(temp.dir, 'qr');
    await run('pdftoppm', ['-png', '-r', '150', '-singlefile', saved.path ?? '', png]);
    const payload = (await run('zbarimg', ['--raw', '-q', `${png}.png`])).stdout.trim();
    expect(payload).toMatch(
      /^ESI1\.[A-Z0-9-]+\.[0-9a-f-]+\.[0-9a-f]{16}\.4-[0-9a-f]{16}\.[0-9a-f]{16}$/,
    );
    expect((await handlers.leadVerifyCertificate({ input: payload })).outcome).toBe('valid');

    // The ledger and its checkpoint are both rolled back to before that record.
    await copyFile(join(temp.dir, 'ledger.old'), ledgerPath(dataDir()));
    await copyFile(join(temp.dir, 'checkpoint.old'), checkpointPath(dataDir()));
    const rolledBack = start();
    expect((await rolledBack.services.ledger()).verification().ok).toBe(true);
    expect((await rolledBack.handlers.leadVerifyCertificate({ input: payload })).outcome).toBe(
      'ledger-changed',
    );
    // The code alone cannot tell: the record is simply not found.
    expect(
      (await rolledBack.handlers.leadVerifyCertificate({ input: late.certificateCode })).outcome,
    ).toBe('not-found');
  });
});
