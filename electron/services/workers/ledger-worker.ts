/**
 * A worker thread that reads and checks the ledger (see ledger/ledger-load.ts), so main never
 * stops answering while 100,000 lines are parsed and hashed.
 *
 * With a checkpoint whose last entry is still where it said, the lines up to it were checked
 * when it was made (and it is sealed): they are parsed only, the lines after it are checked,
 * and the entries go to main at once. Then every line is checked again from the start, in the
 * background, so damage to an old line is still found: the checkpoint proves the chain's head,
 * not each line's content.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChainHead, PlacedEntry } from '../ledger/chain-checks';
import type { LedgerWorkerInput, LedgerWorkerMessage, ScanSummary } from '../ledger/ledger-load';
import { ledgerEntrySchema } from '../ledger/ledger-entry';
import { ledgerLines } from '../ledger/ledger-lines';
import { single, type LedgerProblem } from '../ledger/ledger-problem';
import { scanLedger, type LedgerScan, type LedgerTail } from '../ledger/ledger-verify';
import { readLine } from '../ledger/line-checks';

// Entries per message: main parses one message per turn (see ledger-load.ts).
const CHUNK = 500;
const port = parentPort;
if (!port) throw new Error('ledger-worker must run as a worker thread');
const { filePath, checkpoint } = workerData as LedgerWorkerInput;
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
 * The entries up to the checkpoint, parsed without checks, then the lines after it, each checked
 * and linked to the one before (starting from the checkpoint's entry). Null when the checkpoint
 * does not match the file: then everything is checked before opening.
 */
function fastScan(bytes: Buffer): { placed: PlacedEntry[]; summary: ScanSummary } | null {
  if (!checkpoint || checkpoint.entries === 0 || bytes.length < checkpoint.bytes) return null;
  if (bytes[checkpoint.bytes - 1] !== 0x0a) return null;
  const placed: PlacedEntry[] = [];
  for (const line of ledgerLines(bytes.subarray(0, checkpoint.bytes))) {
    try {
      placed.push({ position: line.position, entry: JSON.parse(line.text), end: line.end });
    } catch {
      return null;
    }
  }
  const anchor = placed.at(-1)?.entry;
  if (anchor?.seq !== checkpoint.entries || anchor.hash !== checkpoint.headHash) return null;
  // The checkpoint's own entry must still be a well-formed one; the rest waits for the full check.
  if (!ledgerEntrySchema.safeParse(anchor).success) return null;

  const problems: LedgerProblem[] = [];
  let head: ChainHead = { seq: anchor.seq, hash: anchor.hash, storedHash: anchor.hash };
  let tail: LedgerTail = { kind: 'newline' };
  let lineCount = placed.length;
  for (const line of ledgerLines(bytes.subarray(checkpoint.bytes))) {
    const at = lineCount + 1;
    lineCount = at;
    const read = readLine(line.text, at, null);
    if (!read.ok) {
      // Anything unreadable after the checkpoint: let the full scan classify it before opening.
      return null;
    }
    const { entry } = read;
    for (const problem of read.problems) problems.push(problem);
    if (entry.seq !== head.seq + 1 || entry.prevHash !== head.storedHash) {
      problems.push({
        position: at,
        nature: 'broken-link',
        entries: single(head.seq),
        message: `Entry ${entry.seq} does not link to entry ${head.seq}.`,
      });
    }
    const sound = read.problems.length === 0;
    head = { seq: entry.seq, hash: sound ? entry.hash : head.hash, storedHash: entry.hash };
    placed.push({ position: at, entry, end: line.end + checkpoint.bytes });
    if (!line.complete) tail = { kind: 'entry-without-newline' };
  }
  if (tail.kind === 'entry-without-newline') {
    problems.push({
      position: lineCount,
      nature: 'truncated',
      entries: null,
      message: 'The last entry is complete but its line end is missing (interrupted write).',
    });
  }
  const summary = { problems, head, lineCount, byteLength: bytes.length, tail, stoppedAt: null };
  return { placed, summary };
}

async function run(): Promise<void> {
  const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  const fast = fastScan(bytes);
  if (!fast) {
    const scan = scanLedger(bytes, { key: null });
    sendEntries(scan.placed);
    post({ type: 'scan', summary: summaryOf(scan), verified: true });
    return;
  }
  sendEntries(fast.placed);
  post({ type: 'scan', summary: fast.summary, verified: false });
  // Now every line, from the start; the entries are sent again only if they read differently.
  post({ type: 'progress', checked: 0, total: fast.placed.length });
  const full = scanLedger(bytes, { key: null });
  post({ type: 'progress', checked: full.placed.length, total: full.placed.length });
  const same =
    full.placed.length === fast.placed.length &&
    full.placed.every(
      (p, i) =>
        p.position === fast.placed[i]?.position && p.entry.hash === fast.placed[i]?.entry.hash,
    );
  if (!same) sendEntries(full.placed);
  post({ type: 'verified', summary: summaryOf(full), resend: !same });
}

run().catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
