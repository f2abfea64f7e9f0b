import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import type { JobContext } from '../../electron/services/lead/export-jobs';
import { readCheckpointRow } from '../../electron/services/exports/csv-checkpoint-row';
import { sha256Of } from '../../electron/services/evidence/pack-manifest';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { confSettingsSource } from '../support/conf-settings-source';
import { testProtector } from '../support/test-device-key';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
const NOW = new Date('2026-06-15T12:00:00Z');
const job = (): JobContext => ({ signal: new AbortController().signal, progress: () => {} });

function openServices(): AppServices {
  return createAppServices({
    appName: 'test',
    appVersion: '0.0.0',
    dataDir: join(temp.dir, 'data'),
    contentDir: join(process.cwd(), 'content'),
    settingsSource: confSettingsSource(temp.dir),
    secretStore: testProtector(),
    dialogs: new TestDialogs(temp.dir),
    now: () => NOW,
  });
}

beforeEach(async () => {
  temp = await withTempDir();
  services = openServices();
});
afterEach(() => temp.cleanup());

async function addRecord(overrides: Partial<AcceptanceRecord>): Promise<AcceptanceRecord> {
  const signature = await new SignatureStore(services.env.dataDir).saveTyped('Signed');
  const record = sampleRecord({ signatureSha256: signature, ...overrides });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

async function pdfText(file: string): Promise<string> {
  return (await run('/usr/bin/pdftotext', ['-layout', file, '-'])).stdout.normalize('NFC');
}

const scope = { from: '2026-01-01', to: '2026-06-30', roles: ['volunteer', 'staff'] as const };

describe('the evidence pack', () => {
  it('holds the summary, CSV, certificates, AUP text and ledger check, each with its digest', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    await addRecord({
      learner: { fullName: 'Ben Hall', role: 'volunteer', identifier: 'ben@x.org' },
      completedAt: '2026-05-10T10:00:00.000Z',
      signedAt: '2026-05-10T10:01:00.000Z',
    });
    // A trustee is outside the chosen roles, and this record is outside the period.
    await addRecord({ learner: { fullName: 'Cai', role: 'trustee', identifier: 'cai@x.org' } });
    await addRecord({
      learner: { fullName: 'Dee', role: 'staff', identifier: 'dee@x.org' },
      completedAt: '2025-05-10T10:00:00.000Z',
      signedAt: '2025-05-10T10:01:00.000Z',
    });
    const path = join(temp.dir, 'pack.zip');
    await services.evidence.writePack({ ...scope, roles: [...scope.roles] }, 'en-GB', path, job());

    const files = unzipSync(new Uint8Array(await readFile(path)));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      checkpoint: { entries: number; headHash: string };
      files: { path: string; sha256: string }[];
    };
    const listed = manifest.files.map((f) => f.path);
    expect(listed).toEqual(
      expect.arrayContaining([
        'summary-report.pdf',
        'completions.csv',
        'certificates.pdf',
        'aup/versions.json',
        'ledger-verification.json',
      ]),
    );
    for (const file of manifest.files) expect(sha256Of(files[file.path]!)).toBe(file.sha256);
    expect(manifest.checkpoint.entries).toBe(4);

    const csv = new TextDecoder().decode(files['completions.csv']).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(readCheckpointRow(rows.data)).toEqual(manifest.checkpoint);
    const names = rows.data.slice(1, -1).map((r) => r[2]);
    expect(names.sort()).toEqual(['Ana Price', 'Ben Hall']);

    await writeFile(join(temp.dir, 'summary.pdf'), files['summary-report.pdf']!);
    const summary = await pdfText(join(temp.dir, 'summary.pdf'));
    expect(summary).toContain('E-safety training: summary report');
    // Dee (2025) is overdue on the last day; every sample signed the older AUP version.
    expect(summary).toMatch(/Staff\s+1\s+0\s+1\s+0\s+2\s+2/);
    expect(summary).toContain('4 entries');
    const pages = await run('/usr/bin/pdfinfo', [join(temp.dir, 'summary.pdf')]);
    expect(pages.stdout).toMatch(/Pages:\s+1\n/);
  });

  it('verifying names the one file whose byte was changed', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    const path = join(temp.dir, 'pack.zip');
    await services.evidence.writePack({ ...scope, roles: [...scope.roles] }, 'cy', path, job());
    const sound = await services.evidence.verify(path);
    expect(sound.ok).toBe(true);
    expect(sound.checkpoint.state).toBe('matches');

    const files = unzipSync(new Uint8Array(await readFile(path)));
    const csv = files['completions.csv']!;
    csv[10] = csv[10]! ^ 1;
    await writeFile(path, zipSync(files));
    const changed = await services.evidence.verify(path);
    expect(changed.ok).toBe(false);
    expect(changed.files.filter((f) => f.state !== 'matches')).toEqual([
      { path: 'completions.csv', state: 'changed' },
    ]);
  });

  it('a forger who edits a file and recomputes its digest in the manifest is caught by the seal', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    const path = join(temp.dir, 'pack.zip');
    await services.evidence.writePack({ ...scope, roles: ['staff'] }, 'en-GB', path, job());
    expect((await services.evidence.verify(path)).seal).toBe('this-device');

    const files = unzipSync(new Uint8Array(await readFile(path)));
    const csv = new TextDecoder()
      .decode(files['completions.csv'])
      .replace('Ana Price', 'Ann Price');
    files['completions.csv'] = new TextEncoder().encode(csv);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      files: { path: string; sha256: string; bytes: number }[];
    };
    for (const file of manifest.files) {
      file.sha256 = sha256Of(files[file.path]!);
      file.bytes = files[file.path]!.byteLength;
    }
    files['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(path, zipSync(files));

    const verdict = await services.evidence.verify(path);
    expect(verdict.files.every((f) => f.state === 'matches')).toBe(true);
    expect(verdict.seal).toBe('mismatch');
    expect(verdict.ok).toBe(false);

    // Without the seal file, nothing vouches for the pack.
    delete files['manifest.seal.json'];
    await writeFile(path, zipSync(files));
    expect((await services.evidence.verify(path)).seal).toBe('unsealed');
  });

  it('verifying a kept pack reports records cut from the ledger since it was made', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    await addRecord({ learner: { fullName: 'Ben Hall', role: 'staff', identifier: 'ben@x.org' } });
    const path = join(temp.dir, 'pack.zip');
    await services.evidence.writePack({ ...scope, roles: ['staff'] }, 'en-GB', path, job());
    const ledgerFile = join(services.env.dataDir, 'ledger.jsonl');
    const lines = (await readFile(ledgerFile, 'utf8')).split('\n').filter(Boolean);
    await writeFile(ledgerFile, `${lines.slice(0, -1).join('\n')}\n`);

    const verdict = await openServices().evidence.verify(path);
    expect(verdict.files.every((f) => f.state === 'matches')).toBe(true);
    expect(verdict.ok).toBe(false);
    expect(verdict.checkpoint.state).toBe('ledger-changed');
    expect(verdict.checkpoint.problems.map((p) => p.nature)).toContain('tail-missing');
  });

  it('a cancelled pack leaves no file behind', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    const path = join(temp.dir, 'pack.zip');
    const controller = new AbortController();
    const context: JobContext = {
      signal: controller.signal,
      // The lead presses Cancel once the summary page is made.
      progress: (done) => (done >= 1 ? controller.abort() : undefined),
    };
    await expect(
      services.evidence.writePack({ ...scope, roles: ['staff'] }, 'en-GB', path, context),
    ).rejects.toMatchObject({ code: 'export-cancelled' });
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('the trustee report is one page in Welsh', async () => {
    await addRecord({ learner: { fullName: 'Ana Price', role: 'staff', identifier: 'ana@x.org' } });
    const path = join(temp.dir, 'report.pdf');
    await services.evidence.writeReport({ ...scope, roles: ['staff'] }, 'cy', path, job());
    const text = await pdfText(path);
    expect(text).toContain('Hyfforddiant e-ddiogelwch: adroddiad cryno');
    expect(text).toContain('Staff');
    const info = await run('/usr/bin/pdfinfo', [path]);
    expect(info.stdout).toMatch(/Pages:\s+1\n/);
  });
});
