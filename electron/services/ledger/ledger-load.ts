import type { DeviceKey } from '../device-key/device-key';
import { startWorker } from '../workers/start-worker';
import type { PlacedEntry } from './chain-checks';
import { coveredPart, scanAfterCheckpoint, type ScanSummary } from './checkpoint-cover';
import { factsOf, placedFromLine } from './lazy-entries';
import type { LedgerCheckpoint } from './ledger-checkpoint';
import type { LedgerScan } from './ledger-verify';
import { nextTurn, sliceClock } from './main-turns';
import type { SharedFileRead } from './shared-file-read';
import { sealProblemOf } from './line-checks';

/** What the ledger worker is given (see workers/ledger-worker.ts). */
export type LedgerWorkerInput =
  /** Check every line of the bytes main read, before the ledger opens. */
  | { mode: 'open'; bytes: SharedArrayBuffer; length: number }
  /**
   * Check every line of the bytes main opened with (shared, not copied) in the background, and
   * say whether they read as main's quick reading with `checkpoint` did.
   */
  | { mode: 'verify'; bytes: SharedArrayBuffer; length: number; checkpoint: LedgerCheckpoint };

export type LedgerWorkerMessage =
  /**
   * A run of entries in file order, as JSON text: a string crosses threads as a plain copy,
   * and main parses each run in its own turn. Structured objects would be rebuilt in main on
   * arrival, every queued message in one turn (over 10 s for 100,000 entries on 2 cores).
   */
  | { type: 'entries'; json: string }
  /** The ledger as opening needs it: every entry (sent before this), every line checked. */
  | { type: 'scan'; summary: ScanSummary }
  /** Lines checked so far by the full verification. */
  | { type: 'progress'; checked: number; total: number }
  /**
   * The full verification's findings (every line, without seals: the key stays in main).
   * `resend` is true when the entries read differently from main's quick reading; they were
   * then sent (before this) in chunks.
   */
  | { type: 'verified'; summary: ScanSummary; resend: boolean }
  | { type: 'failed'; message: string };

export interface QuickOpen {
  scan: LedgerScan;
  /** The file as read, shared with the worker that checks every line in the background. */
  bytes: Buffer;
  /** The entries the checkpoint covers, read lazily (see lazy-entries.ts). */
  covered: PlacedEntry[];
}

/** Entries whose seal is checked per slice, between which main answers other calls. */
const SEAL_SLICE = 500;

/**
 * Opens in main with this device's checkpoint, without a worker and without parsing what it
 * covers: the lines it covers are read lazily (their index fields straight from the bytes, as
 * the file is read), the lines after it are checked, with their seals. Null when the checkpoint
 * cannot be used (the file no longer holds what it covered, or a line there or after it is
 * unreadable): the whole file is then checked before opening.
 */
export async function openWithCheckpoint(
  file: SharedFileRead,
  checkpoint: LedgerCheckpoint | null,
  key: DeviceKey,
): Promise<QuickOpen | null> {
  if (!checkpoint || checkpoint.entries === 0 || file.bytes.length < checkpoint.bytes) return null;
  const covered = await coveredEntries(file, checkpoint.bytes);
  const bytes = await file.all();
  // The checkpoint's own entry ends where it said: checked once its bytes are in.
  if (!covered || !coveredPart(bytes, checkpoint)) return null;
  const after = scanAfterCheckpoint(bytes, checkpoint, covered.length);
  if (!after) return null;
  const scan = await withSeals([...covered, ...after.placed], after.summary, key, covered.length);
  return { scan, bytes, covered };
}

/**
 * The lines up to `stop`, one entry each, taken as the file is read: lazy where the line is
 * laid out as this app writes entries, parsed otherwise. Null when a line is not one entry.
 */
async function coveredEntries(file: SharedFileRead, stop: number): Promise<PlacedEntry[] | null> {
  const { bytes } = file;
  const placed: PlacedEntry[] = [];
  let view = file.view();
  let start = 0;
  const clock = sliceClock();
  while (start < stop) {
    let newline = view.indexOf(0x0a, start);
    while (newline === -1) {
      if (!(await file.more())) return null;
      view = file.view();
      newline = view.indexOf(0x0a, start);
    }
    const end = newline + 1;
    const position = placed.length + 1;
    const item = placedFromLine(bytes, start, newline, position, end);
    if (!item) return null;
    placed.push(item);
    start = end;
    const pause = clock.pause(position);
    if (pause) {
      await pause;
      view = file.view();
    }
  }
  return placed;
}

/**
 * Reads and checks every line in a worker thread before the ledger opens (no usable
 * checkpoint), so main keeps answering IPC calls however long the ledger. Seals are checked
 * here in main, a slice at a time: the device key never leaves it.
 */
export function loadLedgerInWorker(bytes: Buffer, key: DeviceKey): Promise<LedgerScan> {
  return new Promise((resolveLoad, rejectLoad) => {
    const input: LedgerWorkerInput = {
      mode: 'open',
      bytes: bytes.buffer as SharedArrayBuffer,
      length: bytes.length,
    };
    const worker = startWorker('ledger-worker', input);
    const placed: PlacedEntry[] = [];
    let lastMessageIn = false;
    const fail = (error: Error) => {
      rejectLoad(error);
      void worker.terminate();
    };
    const chunks = entryChunks(placed, fail);
    worker.on('message', (message: LedgerWorkerMessage) => {
      if (message.type === 'entries') {
        chunks.add(message.json);
      } else if (message.type === 'scan') {
        lastMessageIn = true;
        chunks
          .done()
          .then(() => withSeals(placed, message.summary, key))
          .then((scan) => {
            resolveLoad(scan);
            void worker.terminate();
          })
          .catch(fail);
      } else if (message.type === 'failed') {
        fail(new Error(`ledger worker: ${message.message}`));
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!lastMessageIn) fail(new Error(`ledger worker stopped (exit code ${code})`));
    });
  });
}

/**
 * Checks every line of the bytes a quick opening used, in a worker, with progress; the seals of
 * the covered lines are checked here (from the facts read at opening: nothing is parsed for
 * it). Resolves with the findings, or null when the check could not finish (what opening found
 * then stands). When the checked reading differs from the quick one, it carries its entries.
 */
export function verifyInWorker(
  quick: QuickOpen,
  checkpoint: LedgerCheckpoint,
  key: DeviceKey,
  onProgress?: (checked: number, total: number) => void,
): Promise<LedgerScan | null> {
  return new Promise((resolve) => {
    const input: LedgerWorkerInput = {
      mode: 'verify',
      bytes: quick.bytes.buffer as SharedArrayBuffer,
      length: quick.bytes.length,
      checkpoint,
    };
    const worker = startWorker('ledger-worker', input);
    const resent: PlacedEntry[] = [];
    let settled = false;
    // Set once the findings are in: the worker's own exit after them is the normal end.
    let lastMessageIn = false;
    const settle = (scan: LedgerScan | null) => {
      if (settled) return;
      settled = true;
      resolve(scan);
      void worker.terminate();
    };
    const chunks = entryChunks(resent, () => settle(null));
    worker.on('message', (message: LedgerWorkerMessage) => {
      if (message.type === 'entries') {
        chunks.add(message.json);
      } else if (message.type === 'progress') {
        onProgress?.(message.checked, message.total);
      } else if (message.type === 'verified') {
        lastMessageIn = true;
        chunks
          .done()
          .then(async () => {
            if (message.resend) return withSeals(resent, message.summary, key);
            const { problems } = await withSeals(quick.covered, message.summary, key);
            // The quick reading's entries stand: only the findings are new.
            return { ...message.summary, problems, placed: [] };
          })
          .then(settle, () => settle(null));
      } else {
        settle(null);
      }
    });
    worker.on('error', () => settle(null));
    // An exit before the findings (a crash) leaves what opening found in place.
    worker.on('exit', () => {
      if (!lastMessageIn) settle(null);
    });
  });
}

/**
 * Takes in the worker's runs of entries (see 'entries') into `into`, each parsed in its own
 * turn and in order; `done` settles once every run received so far is in.
 */
function entryChunks(into: PlacedEntry[], onError: (error: Error) => void) {
  let parsing: Promise<unknown> = Promise.resolve();
  return {
    add(json: string): void {
      parsing = parsing.then(nextTurn).then(() => {
        for (const item of JSON.parse(json) as PlacedEntry[]) into.push(item);
      });
      parsing.catch(onError);
    },
    done: () => parsing,
  };
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
    for (const item of placed.slice(start, start + SEAL_SLICE)) {
      const problem = sealProblemOf(item.position, factsOf(item), key);
      if (problem) problems.push(problem);
    }
    await nextTurn();
  }
  problems.sort((a, b) => a.position - b.position);
  return { ...summary, placed, problems };
}
