/**
 * Makes a realistic user-data folder for benchmarks and end-to-end tests at scale:
 *   npm run seed-data -- --records 100000 [--out DIR] [--seed N] [--drawn-images N]
 * The folder holds settings (set up; lead passphrase in SEED_PASSPHRASE), the ledger written
 * through the real Ledger, signature files and a few erasures. Point the app at it with
 * ESAFETY_USER_DATA_DIR.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_PASSPHRASE, seedDataDir } from './seed/seed-data-dir';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    'drawn-images': { type: 'string', default: '200' },
  },
});
const records = Number(values.records);
if (!Number.isInteger(records) || records < 1) throw new Error('--records must be a whole number');
const out = path.resolve(values.out ?? `.tmp/seed-${records}`);
await rm(out, { recursive: true, force: true });
const started = performance.now();
const summary = await seedDataDir({
  records,
  out,
  contentDir: path.resolve('content'),
  seed: Number(values.seed),
  drawnImages: Number(values['drawn-images']),
});
console.log(
  `${summary.records} records (${summary.people} people, ${summary.erasedRecords} erased in ` +
    `${summary.erasures} erasures), ledger ${(summary.ledgerBytes / 1e6).toFixed(1)} MB, ` +
    `${summary.signatureFiles} signature files, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`user-data folder: ${out} (lead passphrase: "${SEED_PASSPHRASE}")`);
