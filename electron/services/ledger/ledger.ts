import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import {
  acceptanceRecordSchema,
  type AcceptanceRecord,
  type ErasureEvent,
} from '../../../common/records/acceptance-record';
import { appendDurableLine } from './append-line';
import { rewriteWithErasure } from './ledger-erasure';
import { sealEntry, serializeEntry, type CompletionEntry, type LedgerEntry } from './ledger-entry';
import {
  scanLedger,
  type LedgerProblem,
  type LedgerScan,
  type LedgerVerification,
  type PlacedEntry,
} from './ledger-verify';

export const LEDGER_FILE_NAME = 'ledger.jsonl';

export interface LedgerLookup {
  entry: CompletionEntry;
  /** Null once the record has been erased. */
  record: AcceptanceRecord | null;
  /** Problems verification found on this entry's line (empty when it is sound). */
  problems: LedgerProblem[];
}

/**
 * The append-only completion ledger at `<dataDir>/ledger.jsonl`. Only one process may write it
 * (the app holds Electron's single-instance lock); within it, appends run one at a time.
 */
export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when a write failed midway: the file may hold more than memory knows, so re-read it. */
  private stale = false;

  /**
   * Completion entries by record id and by certificate code (first in file order wins), so the
   * duplicate checks of an append cost the same however many records the ledger holds.
   */
  private byRecordId = new Map<string, PlacedEntry>();
  private byCode = new Map<string, PlacedEntry>();

  private constructor(
    readonly filePath: string,
    private scan: LedgerScan,
  ) {
    this.reindex();
  }

  /** Reads and verifies the ledger. Never modifies the file, whatever it finds. */
  static async open(dataDir: string): Promise<Ledger> {
    await mkdir(dataDir, { recursive: true });
    const filePath = join(dataDir, LEDGER_FILE_NAME);
    return new Ledger(filePath, scanLedger(await readText(filePath)));
  }

  entries(): readonly LedgerEntry[] {
    return this.scan.placed.map((p) => p.entry);
  }

  verification(): LedgerVerification {
    return { ok: this.scan.problems.length === 0, problems: [...this.scan.problems] };
  }

  /** Records not erased, in ledger order, leaving out entries whose content fails its hash. */
  liveRecords(): AcceptanceRecord[] {
    const edited = new Set(this.problemsOfNature('edited'));
    return this.scan.placed.flatMap(({ position, entry }) =>
      entry.kind === 'completion' && entry.body && !edited.has(position) ? [entry.body] : [],
    );
  }

  findByCertificateCode(code: string): LedgerLookup | undefined {
    return this.lookup(this.byCode.get(code));
  }

  findByRecordId(recordId: string): LedgerLookup | undefined {
    return this.lookup(this.byRecordId.get(recordId));
  }

  appendCompletion(record: AcceptanceRecord): Promise<LedgerEntry> {
    return this.appendCompletions([record]).then((entries) => entries[0]!);
  }

  /**
   * Appends several records with one write and one fsync (a restore of thousands of records
   * would otherwise wait on thousands of disk flushes). All or none: every record is checked
   * before anything is written.
   */
  appendCompletions(records: readonly AcceptanceRecord[]): Promise<LedgerEntry[]> {
    const bodies: AcceptanceRecord[] = [];
    for (const record of records) {
      const parsed = acceptanceRecordSchema.safeParse(record);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.') ?? '';
        const error = new DomainError('LEDGER_INVALID_RECORD', 'errors.ledger.invalidRecord', {
          field,
        });
        return Promise.reject(error);
      }
      bodies.push(parsed.data);
    }
    return this.serially(async () => {
      const ids = new Set<string>();
      const codes = new Set<string>();
      for (const body of bodies) {
        if (this.findByRecordId(body.recordId) || ids.has(body.recordId)) {
          throw new DomainError('LEDGER_DUPLICATE_RECORD', 'errors.ledger.duplicateRecord');
        }
        if (this.findByCertificateCode(body.certificateCode) || codes.has(body.certificateCode)) {
          throw new DomainError('LEDGER_DUPLICATE_CODE', 'errors.ledger.duplicateCertificateCode');
        }
        ids.add(body.recordId);
        codes.add(body.certificateCode);
      }
      if (bodies.length === 0) return [];
      let { seq, hash } = this.scan.head;
      const entries = bodies.map((body) => {
        const entry = sealEntry(seq + 1, hash, { kind: 'completion', body });
        ({ seq, hash } = entry);
        return entry;
      });
      this.stale = true;
      await appendDurableLine(this.filePath, entries.map(serializeEntry).join('\n'));
      this.stale = false;
      for (const entry of entries) {
        this.scan = withAppended(this.scan, entry);
        this.addToIndex(this.scan.placed.at(-1)!);
      }
      return entries;
    });
  }

  /**
   * Removes the personal data of the given records and records that it did so. See
   * `rewriteWithErasure` for why both happen in one atomic file replacement.
   */
  eraseRecords(
    recordIds: readonly string[],
    reason: ErasureEvent['reason'],
    at: Date = new Date(),
  ): Promise<LedgerEntry> {
    return this.serially(async () => {
      const ids = [...new Set(recordIds)];
      if (ids.length === 0)
        throw new DomainError('LEDGER_NOTHING_TO_ERASE', 'errors.ledger.noRecords');
      for (const recordId of ids) {
        const found = this.findByRecordId(recordId);
        if (!found) {
          throw new DomainError('LEDGER_UNKNOWN_RECORD', 'errors.ledger.unknownRecord', {
            recordId,
          });
        }
        if (!found.record) {
          throw new DomainError('LEDGER_ALREADY_ERASED', 'errors.ledger.alreadyErased', {
            recordId,
          });
        }
      }
      const { head } = this.scan;
      const body: ErasureEvent = { erasedRecordIds: ids, at: at.toISOString(), reason };
      const entry = sealEntry(head.seq + 1, head.hash, { kind: 'erasure', body });
      this.stale = true;
      const text = await rewriteWithErasure(this.filePath, new Set(ids), serializeEntry(entry));
      this.scan = scanLedger(text);
      this.reindex();
      this.stale = false;
      return entry;
    });
  }

  /** Runs writes one after another; a failed write does not block the ones queued after it. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      // After a failed write the file may hold bytes memory does not know about.
      if (this.stale) {
        this.scan = scanLedger(await readText(this.filePath));
        this.reindex();
      }
      this.stale = false;
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private lookup(placed: PlacedEntry | undefined): LedgerLookup | undefined {
    if (!placed || placed.entry.kind !== 'completion') return undefined;
    const { position, entry } = placed;
    const problems = this.scan.problems.filter((p) => p.position === position);
    return { entry, record: entry.body, problems };
  }

  private reindex(): void {
    this.byRecordId = new Map();
    this.byCode = new Map();
    for (const placed of this.scan.placed) this.addToIndex(placed);
  }

  private addToIndex(placed: PlacedEntry): void {
    const { entry } = placed;
    if (entry.kind !== 'completion') return;
    if (entry.recordId && !this.byRecordId.has(entry.recordId)) {
      this.byRecordId.set(entry.recordId, placed);
    }
    const code = entry.body?.certificateCode;
    if (code && !this.byCode.has(code)) this.byCode.set(code, placed);
  }

  private problemsOfNature(nature: LedgerProblem['nature']): number[] {
    return this.scan.problems.filter((p) => p.nature === nature).map((p) => p.position);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/**
 * Updates the in-memory view after an append without re-reading the file (and without copying
 * arrays), so appending stays cheap however long the ledger grows. Mirrors what `scanLedger`
 * would report on re-open.
 */
function withAppended(scan: LedgerScan, entry: LedgerEntry): LedgerScan {
  const position = scan.lineCount + 1;
  let problems = scan.problems;
  // A complete last entry that only lacked its newline is whole again now that one was added.
  if (!scan.endsWithNewline && scan.placed.at(-1)?.position === scan.lineCount) {
    problems = problems.filter((p) => !(p.position === scan.lineCount && p.nature === 'truncated'));
  }
  if (entry.prevHash !== scan.head.storedHash) {
    const message = `Entry ${entry.seq} does not link to entry ${scan.head.seq}.`;
    problems.push({ position, nature: 'broken-link', message });
  }
  scan.placed.push({ position, entry });
  return {
    placed: scan.placed,
    problems,
    head: { seq: entry.seq, hash: entry.hash, storedHash: entry.hash },
    endsWithNewline: true,
    lineCount: position,
  };
}
