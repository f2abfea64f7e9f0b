/**
 * Run by purge-figures.ts in its own process, so that a purge which has grown too slow can be
 * stopped at the time cap: opens the copied data, erases the oldest half of the live records as
 * the lead's retention purge does, then opens the ledger again as the app does. Each phase prints one JSON line.
 */
import path from 'node:path';
import { openDeviceKey } from '../../electron/services/device-key/device-key-file';
import { eraseRecordsAndSignatures } from '../../electron/services/lead/erase-person';
import { Ledger, LEDGER_FILE_NAME } from '../../electron/services/ledger/ledger';
import { NO_OS_STORE } from '../seed/seed-data-dir';
import { naiveLedgerPass } from './floors';

const [userDataDir, nowIso] = process.argv.slice(2);
if (!userDataDir || !nowIso) throw new Error('usage: purge-child <user-data dir> <now>');
const dataDir = path.join(userDataDir, 'data');
const report = (line: object) => console.log(JSON.stringify(line));

const { key } = await openDeviceKey({ dataDir, protector: NO_OS_STORE });
let started = performance.now();
const ledger = await Ledger.open(dataDir, { key });
report({ phase: 'opened', ms: performance.now() - started });
const live = ledger.liveRecords();
const oldestHalf = [...live]
  .sort((a, b) => (a.signedAt < b.signedAt ? -1 : 1))
  .slice(0, Math.floor(live.length / 2));
started = performance.now();
await eraseRecordsAndSignatures(ledger, dataDir, oldestHalf, 'retention', new Date(nowIso));
report({ phase: 'purged', ms: performance.now() - started, erased: oldestHalf.length });
started = performance.now();
// As the app opens it at its next start (electron/main/main.ts): in a worker.
const reopened = await Ledger.openInBackground(dataDir, { key });
const reopenMs = performance.now() - started;
await reopened.fullyVerified;
report({
  phase: 'reopened',
  ms: reopenMs,
  floor: await naiveLedgerPass(path.join(dataDir, LEDGER_FILE_NAME)),
});
