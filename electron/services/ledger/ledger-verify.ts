import type { DeviceKey } from '../device-key/device-key';
import {
  chainHead,
  linkProblems,
  orderProblems,
  type ChainHead,
  type PlacedEntry,
} from './chain-checks';
import { ledgerLines } from './ledger-lines';
import { RECORD_DAMAGE_NATURES, type LedgerProblem } from './ledger-problem';
import { badLineProblems, type BadLine } from './line-classes';
import { readLine } from './line-checks';
import { redactionProblems } from './redaction-check';

export type { ChainHead, PlacedEntry } from './chain-checks';
export type { LedgerProblem, LedgerProblemNature, LedgerVerification } from './ledger-problem';

/** What the file's last bytes are; an append must know before it writes. */
export type LedgerTail =
  | { kind: 'newline' }
  /** A complete entry whose newline is missing: it is kept, the next append adds the newline. */
  | { kind: 'entry-without-newline' }
  /** A torn write from byte `start` to the end: never acknowledged, so the next append drops it. */
  | { kind: 'torn'; start: number };

export interface LedgerScan {
  /** Every line that parsed as an entry, in file order, including ones reported as damaged. */
  placed: PlacedEntry[];
  /** Problems found on the lines, in line order. */
  problems: LedgerProblem[];
  /** Highest entry number seen, and the hash new entries link to (see `chainHead`). */
  head: ChainHead;
  /** Number of lines in the file, counting a partial last line. */
  lineCount: number;
  byteLength: number;
  tail: LedgerTail;
  /** The line scanning stopped at because too many lines were unreadable, or null. */
  stoppedAt: number | null;
}

export interface ScanOptions {
  /**
   * Checks every entry's seal. Null only for another device's backup, whose key is not here:
   * its seals cannot be judged either way.
   */
  key: DeviceKey | null;
  /**
   * Stop once more lines than this are unreadable (a backup uses it: nothing needs to read 200 MB
   * of junk to refuse it). The app's own ledger is always read to the end: every problem is shown.
   */
  maxUnparseableLines?: number;
}

const UNTRUSTED: ReadonlySet<string> = new Set(RECORD_DAMAGE_NATURES);

/**
 * Reads the whole file and reports every problem by line. Nothing is dropped: a damaged line is
 * reported and every other entry stays readable, because the file is evidence and the lead
 * must see exactly what is wrong and where. Linear in the file size apart from two sorts.
 */
export function scanLedger(bytes: Uint8Array, options: ScanOptions): LedgerScan {
  const placed: PlacedEntry[] = [];
  const problems: LedgerProblem[] = [];
  const bad: BadLine[] = [];
  let tail: LedgerTail = { kind: 'newline' };
  let lineCount = 0;
  let stoppedAt: number | null = null;
  for (const line of ledgerLines(bytes)) {
    lineCount = line.position;
    const read = readLine(line.text, line.position, options.key);
    if (read.ok) {
      placed.push({ position: line.position, entry: read.entry, end: line.end });
      for (const problem of read.problems) problems.push(problem);
      if (!line.complete) tail = { kind: 'entry-without-newline' };
      continue;
    }
    bad.push({ position: line.position, complete: line.complete });
    if (!line.complete) tail = { kind: 'torn', start: line.start };
    const cap = options.maxUnparseableLines;
    if (cap !== undefined && bad.length > cap) {
      stoppedAt = line.position;
      break;
    }
  }
  if (tail.kind === 'entry-without-newline') {
    const last = placed.at(-1)!;
    problems.push({
      position: last.position,
      nature: 'truncated',
      entries: null,
      message: 'The last entry is complete but its line end is missing (interrupted write).',
    });
  }
  const untrusted = new Set(problems.filter((p) => UNTRUSTED.has(p.nature)).map((p) => p.position));
  orderProblems(placed, problems);
  linkProblems(placed, problems);
  badLineProblems(bad, placed, problems);
  redactionProblems(placed, untrusted, problems);
  problems.sort((a, b) => a.position - b.position);
  return {
    placed,
    problems,
    head: chainHead(placed),
    lineCount,
    byteLength: bytes.length,
    tail,
    stoppedAt,
  };
}
