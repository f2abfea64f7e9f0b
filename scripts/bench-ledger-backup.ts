/**
 * Times backup creation, inspection and merge for 10,000 records (prints ms; no assertions).
 * Run: npx tsx scripts/bench-ledger-backup.ts [count]
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackup } from '../electron/services/backup/create-backup';
import { deviceKeyFrom } from '../electron/services/device-key/device-key';
import { inspectBackup } from '../electron/services/backup/inspect-backup';
import { mergeBackup } from '../electron/services/backup/merge-backup';
import { Ledger } from '../electron/services/ledger/ledger';
import type { AcceptanceRecord } from '../common/records/acceptance-record';

const COUNT = Number(process.argv[2] ?? 10_000);

function record(n: number, signatureSha256: string): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: { fullName: `Bench Person ${n}`, role: 'staff', identifier: `bench${n}@example.org` },
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: { phones: 1, email: 1, gaming: 1 },
    locale: 'en-GB',
    moduleScores: ['phones', 'email', 'gaming', 'webcams'].map((moduleId) => ({
      moduleId,
      percent: 90,
      attempts: 1,
    })),
    overallPercent: 90,
    startedAt: '2026-01-01T09:00:00Z',
    completedAt: '2026-01-01T09:40:00Z',
    signedAt: '2026-01-01T09:41:00Z',
    deviceId: 'bench-device',
    signatureMethod: 'drawn',
    signatureSha256,
    certificateCode: `BNCH-${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(n % 10000).padStart(4, '0')}-AAAA`,
    expiresOn: '2027-01-01',
    organisationName: 'Bench Org',
  };
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

// The source device's key, and the key of the device the backup is restored onto.
const key = deviceKeyFrom(randomBytes(32), 'none');
const freshKey = deviceKeyFrom(randomBytes(32), 'none');

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'esafety-bench-'));
  try {
    const source = join(root, 'source');
    await mkdir(join(source, 'signatures'), { recursive: true });
    await timed(`seed ${COUNT} records (append + 2 KB signature each)`, async () => {
      const ledger = await Ledger.open(source, { key });
      for (let n = 0; n < COUNT; n += 1) {
        const image = Buffer.alloc(2048, n % 251);
        image.write(`sig-${n}`);
        const digest = createHash('sha256').update(image).digest('hex');
        await writeFile(join(source, 'signatures', `${digest}.png`), image);
        await ledger.appendCompletion(record(n, digest));
      }
    });
    const file = join(root, 'esafety-backup-bench.json');
    await timed('createBackup', () => createBackup(source, null, file, key));
    console.log(`backup size: ${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB`);
    await timed('inspectBackup', () => inspectBackup(file, key));
    await timed('mergeBackup into an empty data dir', () =>
      mergeBackup(join(root, 'fresh'), file, { key: freshKey }),
    );
    await timed('mergeBackup again (all duplicates)', () =>
      mergeBackup(join(root, 'fresh'), file, { key: freshKey }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
