/**
 * A worker thread that reads and checks the ledger (see ledger/ledger-load.ts), so main never
 * stops answering while 100,000 lines are parsed and hashed. Two jobs:
 *
 * - 'open': no usable checkpoint, so every line is checked before the ledger opens; the entries
 *   go to main in chunks.
 * - 'verify': main has opened quickly with its checkpoint (checking only the lines after it);
 *   every line of the same bytes (shared, not copied) is checked again from the start, so damage
 *   to an old line is still found: the checkpoint proves the chain's head, not each line's
 *   content. The entries are sent only when they read differently from main's quick reading.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlacedEntry } from '../ledger/chain-checks';
import {
  coveredPart,
  lineCountOf,
  scanAfterCheckpoint,
  type ScanSummary,
} from '../ledger/checkpoint-cover';
import type { LedgerCheckpoint } from '../ledger/ledger-checkpoint';
import type { LedgerWorkerInput, LedgerWorkerMessage } from '../ledger/ledger-load';
import { entryLayout, tailFields } from '../ledger/entry-layout';
import { scanLedger, type LedgerScan } from '../ledger/ledger-verify';

// Entries per message: main parses one message per turn (see ledger-load.ts), so a message
// must parse well inside the 50 ms main may stall (250 lines of about 3 KB: a few milliseconds).
const CHUNK = 250;
const port = parentPort;
if (!port) throw new Error('ledger-worker must run as a worker thread');
const input = workerData as LedgerWorkerInput;
const post = (message: LedgerWorkerMessage) => port.postMessage(message);

function sendEntries(placed: readonly PlacedEntry[]): void {
  for (let start = 0; start < placed.length; start += CHUNK) {
    post({ type: 'entries', json: JSON.stringify(placed.slice(start, start + CHUNK)) });
  }
}

function summaryOf(scan: LedgerScan): ScanSummary {
  const { problems, head, lineCount, byteLength, tail, stoppedAt } = scan;
  return { problems, head, lineCount, byteLength, tail, stoppedAt };
}

/**
 * Whether the full, checked reading has the same entries where main holds the quick one: every
 * covered line an entry at the same place, each with the hash its raw line carries, then the
 * entries after the checkpoint.
 */
function readsTheSame(bytes: Buffer, checkpoint: LedgerCheckpoint, full: LedgerScan): boolean {
  const covered = coveredPart(bytes, checkpoint);
  if (!covered) return false;
  const after = scanAfterCheckpoint(bytes, checkpoint, lineCountOf(covered));
  if (!after) return false;
  let index = 0;
  for (let start = 0; start < covered.length; index += 1) {
    const stop = covered.indexOf(0x0a, start);
    const checked = full.placed[index];
    if (
      checked?.position !== index + 1 ||
      hashOnLine(covered, start, stop) !== checked.entry.hash
    ) {
      return false;
    }
    start = stop + 1;
  }
  for (const quick of after.placed) {
    const checked = full.placed[index];
    if (checked?.position !== quick.position || checked.entry.hash !== quick.entry.hash) {
      return false;
    }
    index += 1;
  }
  return index === full.placed.length;
}

/** The hash a line carries, read as opening read it (laid out as we write), else parsed. */
function hashOnLine(bytes: Buffer, start: number, stop: number): unknown {
  const layout = entryLayout(bytes, start, stop);
  if (layout) return tailFields(bytes, layout.tailAt).hash;
  try {
    return (JSON.parse(bytes.toString('utf8', start, stop)) as { hash?: unknown }).hash;
  } catch {
    return null;
  }
}

function open(bytes: Buffer): void {
  const scan = scanLedger(bytes, { key: null });
  sendEntries(scan.placed);
  post({ type: 'scan', summary: summaryOf(scan) });
}

function verify(bytes: Buffer, checkpoint: LedgerCheckpoint): void {
  let total = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) total += 1;
  post({ type: 'progress', checked: 0, total });
  const full = scanLedger(bytes, { key: null });
  post({ type: 'progress', checked: full.lineCount, total: full.lineCount });
  const same = readsTheSame(bytes, checkpoint, full);
  if (!same) sendEntries(full.placed);
  post({ type: 'verified', summary: summaryOf(full), resend: !same });
}

try {
  // The bytes main read, shared: both threads see exactly the same file.
  const bytes = Buffer.from(input.bytes, 0, input.length);
  if (input.mode === 'open') open(bytes);
  else verify(bytes, input.checkpoint);
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
