import type { DeviceKey } from '../device-key/device-key';
import { startWorker } from '../workers/start-worker';
import type { ChainHead, PlacedEntry } from './chain-checks';
import type { LedgerCheckpoint } from './ledger-checkpoint';
import type { LedgerProblem } from './ledger-problem';
import type { LedgerScan, LedgerTail } from './ledger-verify';
import { sealProblemOf } from './line-checks';

/** What the ledger worker is given (see workers/ledger-worker.ts). */
export interface LedgerWorkerInput {
  filePath: string;
  /** This device's checkpoint, already checked against its seal in main; null when there is none. */
  checkpoint: LedgerCheckpoint | null;
}

/** A scan without the entries themselves, which travel separately in chunks. */
export interface ScanSummary {
  problems: LedgerProblem[];
  head: ChainHead;
  lineCount: number;
  byteLength: number;
  tail: LedgerTail;
  stoppedAt: number | null;
}

export type LedgerWorkerMessage =
  /**
   * A run of the lines a checkpoint covers, unparsed: `json` is the lines joined into one JSON
   * array, `ends` each line's end offset, `first` the first line's number. Main parses them as
   * they come, so reading the file and parsing it overlap on two cores.
   */
  | { type: 'lines'; first: number; ends: number[]; json: string }
  /**
   * A run of entries in file order, as JSON text: a string crosses threads as a plain copy,
   * and main parses each run in its own turn. Structured objects would be rebuilt in main on
   * arrival, every queued message in one turn (over 10 s for 100,000 entries on 2 cores).
   */
  | { type: 'entries'; json: string }
  /**
   * The ledger as far as opening needs it: every entry (sent before this), and what was
   * checked. `verified` is false when only the lines after the checkpoint were checked.
   */
  | { type: 'scan'; summary: ScanSummary; verified: boolean }
  /** Lines checked so far by the full verification. */
  | { type: 'progress'; checked: number; total: number }
  /**
   * The full verification's findings (every line, without seals: the key stays in main).
   * `entries` is false when the first scan's entries stand; otherwise they follow in chunks.
   */
  | { type: 'verified'; summary: ScanSummary; resend: boolean }
  | { type: 'failed'; message: string };

export interface LoadedLedger {
  scan: LedgerScan;
  /** Settles once every line has been checked (at once when `scan` already was). */
  verified: Promise<LedgerScan | null>;
}

/** Entries whose seal is checked per slice, between which main answers other calls. */
const SEAL_SLICE = 500;

/** A run of the lines a checkpoint covers did not read as one entry per line. */
class CoveredLinesUnreadable extends Error {}

/**
 * Reads and checks the ledger in a worker thread, so main keeps answering IPC calls however
 * long the ledger. With a valid checkpoint the worker checks only the lines after it and hands
 * the lines it covers over at once, which main parses as they arrive; it then checks every line
 * in the background (`verified`), with progress. Seals are checked here in main, a slice at a
 * time: the device key never leaves it. When a covered line does not even parse, the checkpoint
 * is set aside and every line is checked before opening.
 */
export async function loadLedgerInWorker(
  input: LedgerWorkerInput,
  key: DeviceKey,
  onProgress?: (checked: number, total: number) => void,
): Promise<LoadedLedger> {
  try {
    return await loadOnce(input, key, onProgress);
  } catch (error) {
    if (!(error instanceof CoveredLinesUnreadable)) throw error;
    return loadOnce({ ...input, checkpoint: null }, key, onProgress);
  }
}

function loadOnce(
  input: LedgerWorkerInput,
  key: DeviceKey,
  onProgress?: (checked: number, total: number) => void,
): Promise<LoadedLedger> {
  return new Promise((resolveLoad, rejectLoad) => {
    const worker = startWorker('ledger-worker', input);
    const placed: PlacedEntry[] = [];
    // Entries the full verification sent again because they read differently when checked.
    let resent: PlacedEntry[] | null = null;
    // Each message is parsed in its own turn, in order, as it arrives (see `inTurn`).
    let parsing: Promise<unknown> = Promise.resolve();
    // The entries up to the checkpoint, whose seals wait for the full verification.
    let coveredByCheckpoint: PlacedEntry[] = [];
    let opening: Promise<unknown> = Promise.resolve();
    let resolveVerified: (scan: LedgerScan | null) => void = () => undefined;
    const verified = new Promise<LedgerScan | null>((resolve) => (resolveVerified = resolve));
    let loaded = false;
    // Set once the worker has sent its last message: its exit after that is the normal end,
    // even while main is still taking in what it sent.
    let lastMessageIn = false;
    const fail = (error: Error) => {
      if (!loaded) rejectLoad(error);
      // A verification that could not finish leaves what was found at opening in place.
      else resolveVerified(null);
      void worker.terminate();
    };
    const inTurn = (parse: () => void) => {
      parsing = parsing.then(nextTurn).then(parse);
      parsing.catch(fail);
    };
    worker.on('message', (message: LedgerWorkerMessage) => {
      if (message.type === 'lines') {
        inTurn(() => {
          for (const item of placedFromLines(message)) placed.push(item);
        });
      } else if (message.type === 'entries') {
        const into = resent ?? placed;
        inTurn(() => {
          for (const item of JSON.parse(message.json) as PlacedEntry[]) into.push(item);
        });
      } else if (message.type === 'progress') {
        onProgress?.(message.checked, message.total);
      } else if (message.type === 'scan') {
        lastMessageIn = message.verified;
        resent = [];
        opening = parsing.then(async () => {
          // Sealed lines up to a checkpoint were checked when it was made, and the checkpoint
          // is sealed: opening checks the seals after it; the rest in the background.
          const from = message.verified ? 0 : coveredCount(placed, input.checkpoint);
          coveredByCheckpoint = placed.slice(0, from);
          const scan = await withSeals(placed, message.summary, key, from);
          loaded = true;
          resolveLoad({ scan, verified: message.verified ? Promise.resolve(scan) : verified });
          if (message.verified) void worker.terminate();
        });
        opening.catch(fail);
      } else if (message.type === 'verified') {
        lastMessageIn = true;
        void opening
          .then(() => parsing)
          .then(async () => {
            const entries = message.resend ? resent : null;
            const covered = coveredByCheckpoint;
            coveredByCheckpoint = [];
            resolveVerified(await finishVerified(entries, covered, message.summary, key));
            void worker.terminate();
          })
          .catch(fail);
      } else {
        fail(new Error(`ledger worker: ${message.message}`));
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!lastMessageIn) fail(new Error(`ledger worker stopped (exit code ${code})`));
    });
  });
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * One run of covered lines, parsed. Each line must be one object with an entry's number, kind
 * and hash (what the indexes use); the full verification checks the rest in the background.
 */
function placedFromLines(run: Extract<LedgerWorkerMessage, { type: 'lines' }>): PlacedEntry[] {
  let entries: unknown;
  try {
    entries = JSON.parse(run.json);
  } catch {
    throw new CoveredLinesUnreadable('a line the checkpoint covers is not JSON');
  }
  if (!Array.isArray(entries) || entries.length !== run.ends.length) {
    throw new CoveredLinesUnreadable('a line the checkpoint covers is not one entry');
  }
  return entries.map((entry: unknown, i) => {
    if (!entryShaped(entry)) {
      throw new CoveredLinesUnreadable('a line the checkpoint covers is not an entry');
    }
    return { position: run.first + i, entry: entry as PlacedEntry['entry'], end: run.ends[i]! };
  });
}

function entryShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { seq, kind, hash } = value as Record<string, unknown>;
  return typeof seq === 'number' && typeof kind === 'string' && typeof hash === 'string';
}

/** Adds seal findings (checked in slices) to a scan the worker made without the key. */
async function withSeals(
  placed: PlacedEntry[],
  summary: ScanSummary,
  key: DeviceKey,
  from = 0,
): Promise<LedgerScan> {
  const problems = [...summary.problems];
  for (let start = from; start < placed.length; start += SEAL_SLICE) {
    for (const { position, entry } of placed.slice(start, start + SEAL_SLICE)) {
      const problem = sealProblemOf(position, entry, key);
      if (problem) problems.push(problem);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  problems.sort((a, b) => a.position - b.position);
  return { ...summary, placed, problems };
}

/**
 * The full verification's scan. When the worker sent no entries again, the caller keeps its
 * own (the same lines): only the findings are new (with the seals of the lines the checkpoint
 * covered, not checked at opening), so the placed list here is empty.
 */
async function finishVerified(
  placed: PlacedEntry[] | null,
  covered: PlacedEntry[],
  summary: ScanSummary,
  key: DeviceKey,
): Promise<LedgerScan> {
  if (placed) return withSeals(placed, summary, key);
  const { problems } = await withSeals(covered, summary, key);
  return { ...summary, problems, placed: [] };
}

/** How many entries, from the start, lie within the checkpoint's bytes. */
function coveredCount(placed: readonly PlacedEntry[], checkpoint: LedgerCheckpoint | null): number {
  if (!checkpoint) return 0;
  let count = 0;
  while (count < placed.length && (placed[count]?.end ?? Infinity) <= checkpoint.bytes) count += 1;
  return count;
}
