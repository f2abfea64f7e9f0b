import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import type { Handlers } from '../../electron/ipc/router';
import { appendAnswer } from '../../electron/services/analytics/answers-file';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { leadSettingsOf } from '../../common/ipc/operations/lead-operations';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import type { JobStatus } from '../../electron/services/lead/export-jobs';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { confSettingsSource } from '../support/conf-settings-source';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { testProtector } from '../support/test-device-key';

let temp: { dir: string; cleanup: () => Promise<void> };
let dialogs: TestDialogs;

function servicesAt(dir: string): AppServices {
  return createAppServices({
    appName: 'test',
    appVersion: '0.0.0',
    dataDir: join(dir, 'data'),
    contentDir: join(process.cwd(), 'content'),
    settingsSource: confSettingsSource(dir),
    secretStore: testProtector(),
    dialogs,
    now: () => new Date('2026-06-15T12:00:00Z'),
  });
}

async function addRecord(services: AppServices, overrides: Partial<AcceptanceRecord>) {
  const signature = await new SignatureStore(services.env.dataDir).saveTyped(
    overrides.learner?.fullName ?? 'Siân',
  );
  const record = sampleRecord({ signatureSha256: signature, ...overrides });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

const ana = { fullName: 'Ana Price', role: 'staff', identifier: 'ana@example.org' } as const;
const ben = { fullName: '=Ben Hall', role: 'volunteer', identifier: 'ben@example.org' } as const;

async function finished(handlers: Handlers, job: JobStatus | null, services: AppServices) {
  expect(job).not.toBeNull();
  return services.lead.jobs.settled(job?.id ?? '');
}

describe('the lead area services', () => {
  let services: AppServices;
  let handlers: Handlers;

  beforeEach(async () => {
    temp = await withTempDir();
    dialogs = new TestDialogs(temp.dir);
    services = servicesAt(join(temp.dir, 'one'));
    // Called directly, past the router: ipc-lead-access.test.ts covers the lead session.
    handlers = createHandlers(services);
  });
  afterEach(() => temp.cleanup());

  it('exports a CSV with translated headers that reads back to the same records', async () => {
    const a = await addRecord(services, { learner: ana });
    const b = await addRecord(services, { learner: ben, locale: 'cy' });
    const job = await handlers.leadStartExport({ kind: 'csv', locale: 'cy' });
    const done = await finished(handlers, job, services);
    expect(done.state).toBe('done');
    const text = await readFile(join(temp.dir, 'cofnodion-e-ddiogelwch.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    // The closing row carries the ledger's checkpoint (two entries), not a record.
    const closing = parsed.data.at(-1);
    expect(parsed.data.slice(0, -1).map((row) => row['Cod tystysgrif'])).toEqual([
      a.certificateCode,
      b.certificateCode,
    ]);
    expect(Object.values(closing ?? {}).slice(0, 2)).toEqual([
      'ledger-checkpoint',
      expect.stringMatching(/^2-[0-9a-f]{64}$/),
    ]);
    // A name starting with "=" is neutralised so a spreadsheet does not run it as a formula.
    expect(parsed.data[1]?.['Enw llawn']).toBe("'=Ben Hall");
  });

  it('a cancelled certificate export stops and reports cancelled', async () => {
    for (let i = 0; i < 4; i += 1)
      await addRecord(services, { learner: { ...ana, identifier: `p${i}@x.org` } });
    const job = await handlers.leadStartExport({ kind: 'certificates-folder', locale: 'en-GB' });
    handlers.leadCancelExport({ jobId: job?.id ?? '' });
    const done = await finished(handlers, job, services);
    expect(done.state).toBe('cancelled');
    expect((await readdir(temp.dir)).filter((f) => f.endsWith('.pdf')).length).toBeLessThan(4);
  });

  it('a new default language applies at once; saving other settings leaves the language alone', async () => {
    const current = leadSettingsOf(services.settings.get());
    await handlers.leadUpdateSettings({ ...current, refresherMonths: 18 });
    expect(services.settings.get()).toMatchObject({ locale: 'en-GB', refresherMonths: 18 });
    await handlers.leadUpdateSettings({ ...current, defaultLocale: 'cy' });
    expect(services.settings.get()).toMatchObject({ locale: 'cy', defaultLocale: 'cy' });
  });

  it('erases one person: records, answers and signature, leaving a chain that verifies', async () => {
    const a = await addRecord(services, { learner: ana });
    const b = await addRecord(services, { learner: ben });
    await appendAnswer(services.env.dataDir, {
      learnerKey: learnerKeyFor('ANA@example.org'),
      attemptId: 'a1',
      moduleId: 'm',
      scenarioId: 's',
      stepId: 'x',
      optionIds: ['o'],
      best: false,
      firstTry: true,
      at: '2026-06-01T10:00:00.000Z',
    });
    // Their unfinished training, and a damaged copy of it kept aside, hold their name too.
    const progressDir = join(services.env.dataDir, 'progress');
    const key = learnerKeyFor(ana.identifier);
    await mkdir(progressDir, { recursive: true });
    await writeFile(join(progressDir, `${key}.json`), JSON.stringify({ learner: ana }));
    await writeFile(join(progressDir, `${key}.corrupt-2026-06-01.json`), '{"learner": {"fullN');
    const bensProgress = `${learnerKeyFor(ben.identifier)}.json`;
    await writeFile(join(progressDir, bensProgress), JSON.stringify({ learner: ben }));
    await expect(
      handlers.leadErasePerson({ identifier: ana.identifier, confirmation: 'someone else' }),
    ).rejects.toMatchObject({ code: 'lead-confirmation-mismatch' });
    const result = await handlers.leadErasePerson({
      identifier: ana.identifier,
      confirmation: 'Ana@Example.org',
    });
    expect(result).toEqual({
      erasedRecords: 1,
      answersRemoved: 1,
      signaturesRemoved: 1,
      progressFilesRemoved: 2,
    });
    expect(await readdir(progressDir)).toEqual([bensProgress]);
    const ledger = await services.ledger();
    expect(ledger.liveRecords().map((r) => r.recordId)).toEqual([b.recordId]);
    expect(ledger.verification().ok).toBe(true);
    await expect(
      new SignatureStore(services.env.dataDir).read(a.signatureSha256),
    ).rejects.toThrow();
    const verified = await handlers.leadVerifyCertificate({ input: a.certificateCode });
    expect(verified.outcome).toBe('not-found');
  });

  it('retention lists only records past the period and erases them after review', async () => {
    const old = await addRecord(services, { learner: ana, signedAt: '2020-06-15T09:00:00.000Z' });
    await addRecord(services, { learner: ben, signedAt: '2024-06-15T09:00:00.000Z' });
    services.settings.update({ retentionYears: 5 });
    const review = await handlers.leadRetentionReview();
    expect(review.candidates.map((c) => c.recordId)).toEqual([old.recordId]);
    expect(await handlers.leadRetentionPurge({ recordIds: [old.recordId] })).toEqual({
      erasedRecords: 1,
    });
    const erasure = (await services.ledger()).entries().at(-1);
    expect(erasure?.kind === 'erasure' && erasure.body?.reason).toBe('retention');
  });

  it('a backup restores every record and signature on a fresh device; a hostile file changes nothing', async () => {
    services.settings.update({
      organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
      refresherMonths: 24,
    });
    const a = await addRecord(services, { learner: ana });
    const backupJob = await handlers.leadStartExport({ kind: 'backup', locale: 'en-GB' });
    const done = await finished(handlers, backupJob, services);
    expect(done.state).toBe('done');
    const backupPath = done.outcome?.target ?? '';
    expect(await readFile(backupPath, 'utf8')).not.toContain('lead-auth');

    const fresh = servicesAt(join(temp.dir, 'two'));
    const freshHandlers = createHandlers(fresh);

    const hostile = join(temp.dir, 'hostile.json');
    const text = await readFile(backupPath, 'utf8');
    await writeFile(hostile, text.replace('Ana Price', 'Mallory'));
    await dialogs.willOpen(hostile);
    await expect(freshHandlers.leadInspectBackup()).rejects.toMatchObject({
      code: 'backup.manifestMismatch',
    });
    expect((await fresh.ledger()).liveRecords()).toEqual([]);
    expect(fresh.settings.get().organisation.orgName).toBe('');

    await dialogs.willOpen(backupPath);
    const inspected = await freshHandlers.leadInspectBackup();
    // Sealed by the first device's key, which this device does not hold: the lead is warned.
    expect(inspected?.summary.authenticity).toBe('other-device');
    expect((await fresh.ledger()).liveRecords()).toEqual([]);
    const imported = await freshHandlers.leadImportBackup({
      ticket: inspected?.ticket ?? '',
      adoptSettings: true,
    });
    expect(imported.result.imported).toBe(1);
    // A replacement device takes over who the organisation is, but keeps its own identity.
    expect(imported.settingsAdopted).toBe(true);
    expect(fresh.settings.get().organisation.orgName).toBe('Riverside Youth Club');
    expect(fresh.settings.get().refresherMonths).toBe(24);
    expect(fresh.settings.get().deviceId).not.toBe(services.settings.get().deviceId);
    expect((await fresh.ledger()).liveRecords()).toEqual([a]);
    expect((await freshHandlers.leadVerifyCertificate({ input: a.certificateCode })).outcome).toBe(
      'valid',
    );

    await dialogs.willOpen(backupPath);
    const again = await freshHandlers.leadInspectBackup();
    const ticket = again?.ticket ?? '';
    expect(
      (await freshHandlers.leadImportBackup({ ticket, adoptSettings: false })).result,
    ).toMatchObject({
      imported: 0,
      duplicates: 1,
    });
    // A ticket is good for one import only.
    await expect(
      freshHandlers.leadImportBackup({ ticket, adoptSettings: false }),
    ).rejects.toMatchObject({ code: 'backup.notInspected' });
  });
});
