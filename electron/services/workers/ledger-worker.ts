/**
 * A worker thread that reads and checks the ledger (see ledger/ledger-load.ts), so main never
 * stops answering while 100,000 lines are parsed and hashed.
 *
 * With a checkpoint whose last entry is still where it said, the lines up to it were checked
 * when it was made (and it is sealed): they go to main as raw text at once, unparsed here (main
 * parses them as they arrive, while this thread goes on), the lines after it are checked, and
 * then every line is checked again from the start, in the background, so damage to an old line
 * is still found: the checkpoint proves the chain's head, not each line's content.
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

// Entries per message: main parses one message per turn (see ledger-load.ts), so a message
// must parse well inside the 50 ms main may stall (250 lines of about 3 KB: a few milliseconds).
const CHUNK = 250;
const NEWLINE = 0x0a;
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
 * The lines up to the checkpoint as raw text, `CHUNK` lines per message, each run one JSON array
 * (the lines joined by commas: a newline is never inside a UTF-8 character, so decoding the run
 * at once reads each line exactly as decoding it alone would). Main parses them and falls back
 * to a full check when a run does not read as one entry per line. Returns the number of lines.
 */
function sendCoveredLines(covered: Buffer): number {
  let start = 0;
  let position = 0;
  while (start < covered.length) {
    const ends: number[] = [];
    let end = start;
    while (ends.length < CHUNK && end < covered.length) {
      end = covered.indexOf(NEWLINE, end) + 1;
      ends.push(end);
    }
    const text = covered.toString('utf8', start, end - 1).replaceAll('\n', ',');
    post({ type: 'lines', first: position + 1, ends, json: `[${text}]` });
    position += ends.length;
    start = end;
  }
  return position;
}

/** The checkpoint's own entry: the last line it covers, which must still be the entry it named. */
function anchorHolds(covered: Buffer): boolean {
  const from = covered.lastIndexOf(NEWLINE, covered.length - 2) + 1;
  try {
    const anchor = ledgerEntrySchema.safeParse(
      JSON.parse(covered.toString('utf8', from, covered.length - 1)),
    );
    return (
      anchor.success &&
      anchor.data.seq === checkpoint?.entries &&
      anchor.data.hash === checkpoint.headHash
    );
  } catch {
    return false;
  }
}

interface TailScan {
  placed: PlacedEntry[];
  summary: ScanSummary;
}

/**
 * The lines after the checkpoint, each checked and linked to the one before (starting from the
 * checkpoint's entry). Null when anything there is unreadable: the full scan then classifies it
 * before opening.
 */
function scanAfterCheckpoint(bytes: Buffer, coveredLines: number): TailScan | null {
  if (!checkpoint) return null;
  const problems: LedgerProblem[] = [];
  let head: ChainHead = {
    seq: checkpoint.entries,
    hash: checkpoint.headHash,
    storedHash: checkpoint.headHash,
  };
  let tail: LedgerTail = { kind: 'newline' };
  let lineCount = coveredLines;
  const placed: PlacedEntry[] = [];
  for (const line of ledgerLines(bytes.subarray(checkpoint.bytes))) {
    const at = lineCount + 1;
    lineCount = at;
    const read = readLine(line.text, at, null);
    if (!read.ok) return null;
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

/** The checkpoint can be used when the file still holds its bytes, ending where it said. */
function coveredPart(bytes: Buffer): Buffer | null {
  if (!checkpoint || checkpoint.entries === 0 || bytes.length < checkpoint.bytes) return null;
  if (bytes[checkpoint.bytes - 1] !== NEWLINE) return null;
  const covered = bytes.subarray(0, checkpoint.bytes);
  return anchorHolds(covered) ? covered : null;
}

/**
 * Whether the full, checked reading has the same entries where main holds the quick one: every
 * line an entry at the same place, each with the hash its raw line carries.
 */
function readsTheSame(full: LedgerScan, covered: Buffer, tail: readonly PlacedEntry[]): boolean {
  let index = 0;
  for (const line of ledgerLines(covered)) {
    const checked = full.placed[index];
    if (checked?.position !== line.position) return false;
    try {
      if ((JSON.parse(line.text) as { hash?: unknown }).hash !== checked.entry.hash) return false;
    } catch {
      return false;
    }
    index += 1;
  }
  for (const quick of tail) {
    const checked = full.placed[index];
    if (checked?.position !== quick.position || checked.entry.hash !== quick.entry.hash) {
      return false;
    }
    index += 1;
  }
  return index === full.placed.length;
}

/** Lines in a run of complete lines (each ending in a newline). */
function lineCountOf(covered: Buffer): number {
  let count = 0;
  for (let at = covered.indexOf(NEWLINE); at !== -1; at = covered.indexOf(NEWLINE, at + 1)) {
    count += 1;
  }
  return count;
}

async function run(): Promise<void> {
  const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  const covered = coveredPart(bytes);
  // The lines after the checkpoint are checked before anything is sent: if one is unreadable,
  // the full scan classifies it before opening and main never sees the quick reading.
  const after = covered ? scanAfterCheckpoint(bytes, lineCountOf(covered)) : null;
  if (!covered || !after) {
    const scan = scanLedger(bytes, { key: null });
    sendEntries(scan.placed);
    post({ type: 'scan', summary: summaryOf(scan), verified: true });
    return;
  }
  sendCoveredLines(covered);
  sendEntries(after.placed);
  post({ type: 'scan', summary: after.summary, verified: false });
  // Now every line, from the start; the entries are sent again only if they read differently.
  const total = after.summary.lineCount;
  post({ type: 'progress', checked: 0, total });
  const full = scanLedger(bytes, { key: null });
  post({ type: 'progress', checked: total, total });
  const same = readsTheSame(full, covered, after.placed);
  if (!same) sendEntries(full.placed);
  post({ type: 'verified', summary: summaryOf(full), resend: !same });
}

run().catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
