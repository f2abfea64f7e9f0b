import type { ChainHead, PlacedEntry } from './chain-checks';
import { ledgerEntrySchema } from './ledger-entry';
import type { LedgerCheckpoint } from './ledger-checkpoint';
import { ledgerLines } from './ledger-lines';
import { single, type LedgerProblem } from './ledger-problem';
import type { LedgerScan, LedgerTail } from './ledger-verify';
import { readLine } from './line-checks';

/**
 * How a ledger is opened quickly with this device's checkpoint: the lines it covers were checked
 * when it was made (and it is sealed), so only the lines after it are checked before opening.
 * Used in main at opening and by the worker that re-checks everything in the background, so
 * that both read the same file the same way.
 */

const NEWLINE = 0x0a;

/** What a scan found, without the entries themselves. */
export type ScanSummary = Omit<LedgerScan, 'placed'>;

export interface TailScan {
  placed: PlacedEntry[];
  summary: ScanSummary;
}

/**
 * The bytes the checkpoint covers, when the file still holds them, ending where it said with
 * the entry it named; otherwise null (and the whole file is checked before opening).
 */
export function coveredPart(bytes: Buffer, checkpoint: LedgerCheckpoint | null): Buffer | null {
  if (!checkpoint || checkpoint.entries === 0 || bytes.length < checkpoint.bytes) return null;
  if (bytes[checkpoint.bytes - 1] !== NEWLINE) return null;
  const covered = bytes.subarray(0, checkpoint.bytes);
  return anchorHolds(covered, checkpoint) ? covered : null;
}

/** The checkpoint's own entry: the last line it covers, which must still be the entry it named. */
function anchorHolds(covered: Buffer, checkpoint: LedgerCheckpoint): boolean {
  const from = covered.lastIndexOf(NEWLINE, covered.length - 2) + 1;
  try {
    const anchor = ledgerEntrySchema.safeParse(
      JSON.parse(covered.toString('utf8', from, covered.length - 1)),
    );
    return (
      anchor.success &&
      anchor.data.seq === checkpoint.entries &&
      anchor.data.hash === checkpoint.headHash
    );
  } catch {
    return false;
  }
}

/** Lines in a run of complete lines (each ending in a newline). */
export function lineCountOf(covered: Buffer): number {
  let count = 0;
  for (let at = covered.indexOf(NEWLINE); at !== -1; at = covered.indexOf(NEWLINE, at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * The lines after the checkpoint, each checked (without seals: those are main's) and linked to
 * the one before, starting from the checkpoint's entry. Null when anything there is unreadable:
 * the full scan then classifies it before opening.
 */
export function scanAfterCheckpoint(
  bytes: Buffer,
  checkpoint: LedgerCheckpoint,
  coveredLines: number,
): TailScan | null {
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
