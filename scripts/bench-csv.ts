/**
 * Times a CSV export of 100,000 completions (a large organisation over several years).
 * No assertions: it prints the time so a slowdown is visible. Run: npx tsx scripts/bench-csv.ts
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsv } from '../electron/services/exports/csv-export';
import type { AcceptanceRecord } from '../common/records/acceptance-record';

const COUNT = 100_000;
const MODULES = ['why-esafety-matters', 'accounts-and-contact', 'privacy-and-presence', 'gaming'];

function record(i: number): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: {
      fullName: `Learner ${String(i)} "Test", Siân`,
      role: 'volunteer',
      identifier: `l${String(i)}@example.org`,
    },
    recordType: i % 3 === 0 ? 'induction' : 'refresher',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: { 'no-personal-contact': 2, 'use-work-email': 1 },
    locale: i % 2 === 0 ? 'en-GB' : 'cy',
    moduleScores: MODULES.map((moduleId, m) => ({
      moduleId,
      percent: (i + m) % 101,
      attempts: 1 + (m % 2),
    })),
    overallPercent: i % 101,
    startedAt: '2026-11-22T09:00:00.000Z',
    completedAt: '2026-11-22T09:40:00.000Z',
    signedAt: '2026-11-22T09:41:00.000Z',
    deviceId: 'device-1',
    signatureMethod: 'drawn',
    signatureSha256: 'b'.repeat(64),
    certificateCode: 'ABCD-EFGH-JKLM-NPQR',
    expiresOn: '2027-11-22',
    organisationName: i % 10 === 0 ? '=Hostile Org' : 'Test Org',
  };
}

const records = Array.from({ length: COUNT }, (_, i) => record(i));
const dir = await mkdtemp(join(tmpdir(), 'bench-csv-'));
try {
  const path = join(dir, 'records.csv');
  const started = performance.now();
  await writeCsv(records, path);
  const ms = performance.now() - started;
  const { size } = await stat(path);
  console.log(
    `csv export: ${String(COUNT)} records, ${(size / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
