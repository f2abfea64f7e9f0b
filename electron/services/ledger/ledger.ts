import { join } from 'node:path';
import { DomainError } from '../errors';
import {
  acceptanceRecordSchema,
  type AcceptanceRecord,
  type ErasureEvent,
} from '../../../common/records/acceptance-record';
import type { DeviceKey } from '../device-key/device-key';
import { diskFullOr, nodeFileSystem, readIfExists, type FileSystem } from '../fs/file-system';
import { appendDurableLines, type AppendResult } from './append-line';
import {
  deviceCheckpointProblems,
  readDeviceCheckpoint,
  writeDeviceCheckpoint,
  type DeviceCheckpoint,
} from './checkpoint-file';
import { rewriteWithErasure, type ErasureRewrite } from './ledger-erasure';
import { sealEntry, serializeEntry, type CompletionEntry, type LedgerEntry } from './ledger-entry';
import {
  checkpointOf,
  checkpointProblems,
  EMPTY_CHECKPOINT,
  type CheckpointClaim,
  type LedgerCheckpoint,
} from './ledger-checkpoint';
import {
  recordDamageOf,
  single,
  type LedgerProblem,
  type LedgerVerification,
  type RecordDamage,
} from './ledger-problem';
import { loadLedgerInWorker, openWithCheckpoint, verifyInWorker } from './ledger-load';
import { nextTurn, sliceClock } from './main-turns';
import { SharedFileRead } from './shared-file-read';
import {
  factsAgree,
  factsOf,
  indexFactsOf,
  isUnparsed,
  type IndexFacts,
  movedTo,
  placedFromLine,
} from './lazy-entries';
import { scanLedger, type ChainHead, type LedgerScan, type PlacedEntry } from './ledger-verify';

export const LEDGER_FILE_NAME = 'ledger.jsonl';
/** Entries indexed per turn while opening: well inside the 50 ms main may stall. */
const INDEX_SLICE = 5_000;

export interface LedgerOptions {
  /** Seals every new entry and checks the seal of every entry read. */
  key: DeviceKey;
  fs?: FileSystem;
}

export interface BackgroundOpenOptions {
  key: DeviceKey;
  /** Lines checked so far by the full verification that runs after opening. */
  onProgress?: (checked: number, total: number) => void;
}

/** Findings about seals: checked in main (the key stays there), kept when a worker's scan lands. */
const SEAL_NATURES: ReadonlySet<string> = new Set(['unsealed', 'other-key', 'seal-mismatch']);

export interface LedgerLookup {
  entry: CompletionEntry;
  /** Null once the record has been erased. */
  record: AcceptanceRecord | null;
  /** Problems verification found on this entry's line (empty when it is sound). */
  problems: LedgerProblem[];
  /** Why the record cannot be trusted as it stands, or null (see RECORD_DAMAGE_NATURES). */
  damage: RecordDamage | null;
}

/**
 * A record as the lead reviews it: damaged ones included, flagged with why. Its id and
 * identifier are at hand without the record, which may not be parsed yet (see lazy-entries.ts).
 */
export interface ReviewedRecord {
  readonly record: AcceptanceRecord;
  readonly damage: RecordDamage | null;
  readonly recordId: string;
  readonly identifier: string;
}

/**
 * The append-only completion ledger at `<dataDir>/ledger.jsonl`, sealed entry by entry with the
 * device key, with a sealed checkpoint beside it (`ledger-checkpoint.json`). Only one process
 * may write it (the app holds Electron's single-instance lock); within it, writes run one at a
 * time.
 */
export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();
  private revisions = 0;
  /** Set when a write failed midway: the file may differ from memory, so re-read it. */
  private stale = false;

  /**
   * Entries by record id and certificate code (a sound entry wins over a damaged one, then the
   * first in file order), and line problems by line, so look-ups cost the same however many
   * records the ledger holds.
   */
  private byRecordId = new Map<string, PlacedEntry>();
  private byCode = new Map<string, PlacedEntry>();
  private problemsAt = new Map<number, LedgerProblem[]>();
  /**
   * Entries by number: while every entry's number is its place among the entries (1, 2, 3…, as
   * in any ledger this app wrote), the entries' own order is the index. Only a ledger where that
   * fails gets a map, made when first asked (see `entryWithSeq`).
   */
  private indexed = 0;
  private seqsInOrder = true;
  private bySeq: Map<number, PlacedEntry> | null = null;
  /** What comparing with this device's own checkpoint found (position 0 or the affected line). */
  private checkpointFindings: LedgerProblem[] = [];

  private constructor(
    readonly dataDir: string,
    readonly filePath: string,
    private readonly key: DeviceKey,
    private readonly fs: FileSystem,
    private scan: LedgerScan,
    private device: DeviceCheckpoint,
    indexNow = true,
  ) {
    if (indexNow) this.reindex();
  }

  /** Reads and verifies the ledger. Never modifies any file, whatever it finds. */
  static async open(dataDir: string, options: LedgerOptions): Promise<Ledger> {
    const fs = options.fs ?? nodeFileSystem;
    await fs.mkdir(dataDir, { recursive: true });
    const filePath = join(dataDir, LEDGER_FILE_NAME);
    const [bytes, device] = await Promise.all([
      readIfExists(fs, filePath),
      readDeviceCheckpoint(fs, dataDir, options.key),
    ]);
    const scan = scanLedger(bytes ?? Buffer.alloc(0), { key: options.key });
    return new Ledger(dataDir, filePath, options.key, fs, scan, device);
  }

  /**
   * Opens the ledger without ever holding up main. With a valid checkpoint, main checks only
   * the lines after it and reads the lines it covers lazily (see lazy-entries.ts). Then, once
   * started (`startBackgroundWork`, or the first look at `fullyVerified` or `parsed`), every
   * line is checked in a worker, and what that finds joins `verification()` when it is done,
   * while main parses the covered entries a slice per turn. Without a checkpoint, every line
   * is checked in a worker before this resolves. The files are never modified.
   */
  static async openInBackground(dataDir: string, options: BackgroundOpenOptions): Promise<Ledger> {
    await nodeFileSystem.mkdir(dataDir, { recursive: true });
    const filePath = join(dataDir, LEDGER_FILE_NAME);
    // Nothing writes either file while the ledger is not yet open: they are read side by side.
    const [device, file] = await Promise.all([
      readDeviceCheckpoint(nodeFileSystem, dataDir, options.key),
      SharedFileRead.start(filePath),
    ]);
    const checkpoint = device.status === 'valid' ? device.checkpoint : null;
    const quick = await openWithCheckpoint(file, checkpoint, options.key);
    const scan = quick?.scan ?? (await loadLedgerInWorker(await file.all(), options.key));
    const ledger = new Ledger(dataDir, filePath, options.key, nodeFileSystem, scan, device, false);
    // Nothing can reach the ledger before this resolves, so its indexes are built in turns.
    await ledger.reindexInTurns();
    if (quick && checkpoint) {
      ledger.pendingWork = () => {
        const rewritesAtOpen = ledger.rewrites;
        const verified = verifyInWorker(quick, checkpoint, options.key, options.onProgress).then(
          (found) => {
            // After a rewrite (an erasure) the findings are about another file: its scan stands.
            if (found && ledger.rewrites === rewritesAtOpen) ledger.applyVerification(found);
          },
        );
        // A line that would not parse is not a record: whoever waits for every record waits
        // until the full check has replaced the quick reading, rather than meet that line.
        const parsed = ledger.parseInTurns().then((allRead) => (allRead ? undefined : verified));
        return { verified, parsed };
      };
    }
    return ledger;
  }

  /**
   * Starts what a quick opening leaves for later (see `openInBackground`). The opener calls it
   * once its own first views are built, so that starting a worker and parsing do not take
   * main's turns from them meanwhile.
   */
  startBackgroundWork(): void {
    if (!this.pendingWork) return;
    this.background = this.pendingWork();
    this.pendingWork = null;
  }

  private pendingWork: (() => { verified: Promise<void>; parsed: Promise<void> }) | null = null;
  private background = { verified: Promise.resolve(), parsed: Promise.resolve() };

  /** Settles once every line has been checked (see `openInBackground`). */
  get fullyVerified(): Promise<void> {
    this.startBackgroundWork();
    return this.background.verified;
  }

  /**
   * Settles once every entry read lazily at opening has been parsed. Until then a call that
   * needs every record (an export, the lead's views) parses the rest at once; views that can
   * wait for it should, so main keeps answering meanwhile.
   */
  get parsed(): Promise<void> {
    this.startBackgroundWork();
    return this.background.parsed;
  }

  /** Times the file was rewritten or re-read since opening (see `fullyVerified`). */
  private rewrites = 0;

  /**
   * Changes whenever what is known about the entries already there changes (a re-read, a
   * background verification's findings, an entry that reads differently once parsed, a
   * rewrite memory could not follow); appends alone leave it as it is. An erasure followed in
   * memory counts as an append: its entry names the records that go (see `erasedInMemory`).
   */
  get revision(): number {
    return this.revisions;
  }

  entries(): readonly LedgerEntry[] {
    return this.scan.placed.map((p) => p.entry);
  }

  /** How many lines hold entries; changes with every append or erasure. */
  get size(): number {
    return this.scan.placed.length;
  }

  /** The entries from the `from`-th on (0-based), for views that follow the ledger as it grows. */
  entriesFrom(from: number): readonly LedgerEntry[] {
    return this.scan.placed.slice(Math.max(0, from)).map((p) => p.entry);
  }

  verification(): LedgerVerification {
    const problems = [...this.checkpointFindings, ...this.scan.problems].sort(
      (a, b) => a.position - b.position,
    );
    return { ok: problems.length === 0, problems };
  }

  /** The ledger as it stands now, for a backup, a certificate's QR code or an export to carry. */
  checkpoint(): LedgerCheckpoint {
    return checkpointOf(this.scan.head, (seq) => this.entryWithSeq(seq));
  }

  /**
   * Compares the ledger with a checkpoint kept elsewhere (a backup, a certificate, an export):
   * empty when every entry it covered is still here unchanged; otherwise a 'tail-missing' or
   * 'rewritten' finding. `origin` names the checkpoint's source in the message.
   */
  checkAgainst(claim: CheckpointClaim, origin: string): LedgerProblem[] {
    return checkpointProblems(claim, this.subject(), origin);
  }

  /** Sound records not erased, in ledger order: the ones certificates and exports may use. */
  liveRecords(): AcceptanceRecord[] {
    const records: AcceptanceRecord[] = [];
    for (const placed of this.scan.placed) {
      if (this.answeredFacts(placed) && !this.damageAt(placed.position)) {
        records.push((placed.entry as CompletionEntry).body!);
      }
    }
    return records;
  }

  /** Every readable record not erased, damaged ones included and flagged, in ledger order. */
  reviewedRecords(): ReviewedRecord[] {
    const found: ReviewedRecord[] = [];
    for (const placed of this.scan.placed) {
      const reviewed = this.reviewedAt(placed);
      if (reviewed) found.push(reviewed);
    }
    return found;
  }

  /**
   * The same, each handed to `take` as it is found, a slice of lines per turn, so main answers
   * other calls meanwhile (at opening, when views are first built). Nothing may append until
   * it resolves.
   */
  async eachReviewedRecordInTurns(take: (reviewed: ReviewedRecord) => void): Promise<void> {
    const { placed } = this.scan;
    for (let start = 0; start < placed.length; start += INDEX_SLICE) {
      // Between slices only: a ledger of one slice is taken in without handing the turn over.
      if (start > 0) await nextTurn();
      const stop = Math.min(start + INDEX_SLICE, placed.length);
      for (let i = start; i < stop; i += 1) {
        const reviewed = this.reviewedAt(placed[i]!);
        if (reviewed) take(reviewed);
      }
    }
  }

  /** The line's record as the lead reviews it, unless it is not the one its id answers with. */
  private reviewedAt(placed: PlacedEntry): ReviewedRecord | null {
    const facts = this.answeredFacts(placed);
    if (!facts) return null;
    const damage = this.damageAt(placed.position);
    return new LazyReviewedRecord(placed, damage, facts.recordId!, facts.identifier!);
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
   * would otherwise wait on thousands of disk flushes). Every record is checked before anything
   * is written, and a failed write (a full disk) is cut back, so it is all or none. (A power cut
   * in the middle can leave the first lines of a batch: they are whole, sealed entries.)
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
        if (this.byRecordId.has(body.recordId) || ids.has(body.recordId)) {
          throw new DomainError('LEDGER_DUPLICATE_RECORD', 'errors.ledger.duplicateRecord');
        }
        if (this.byCode.has(body.certificateCode) || codes.has(body.certificateCode)) {
          throw new DomainError('LEDGER_DUPLICATE_CODE', 'errors.ledger.duplicateCertificateCode');
        }
        ids.add(body.recordId);
        codes.add(body.certificateCode);
      }
      if (bodies.length === 0) return [];
      let { seq, hash } = this.scan.head;
      const entries = bodies.map((body) => {
        const entry = sealEntry(seq + 1, hash, { kind: 'completion', body }, this.key);
        ({ seq, hash } = entry);
        return entry;
      });
      await this.append(entries);
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
        // From what the index holds: erasing half of 100,000 records parses none of them.
        const found = this.byRecordId.get(recordId);
        if (!found) {
          throw new DomainError('LEDGER_UNKNOWN_RECORD', 'errors.ledger.unknownRecord', {
            recordId,
          });
        }
        if (!indexFactsOf(found).hasBody) {
          throw new DomainError('LEDGER_ALREADY_ERASED', 'errors.ledger.alreadyErased', {
            recordId,
          });
        }
      }
      const { head, tail } = this.scan;
      const body: ErasureEvent = { erasedRecordIds: ids, at: at.toISOString(), reason };
      const entry = sealEntry(head.seq + 1, head.hash, { kind: 'erasure', body }, this.key);
      const dropTornFrom = tail.kind === 'torn' && !this.suspect() ? tail.start : null;
      await this.beforeFirstWrite();
      this.stale = true;
      const line = serializeEntry(entry);
      const rewrite = await rewriteWithErasure(
        this.fs,
        this.filePath,
        new Set(ids),
        line,
        dropTornFrom,
      ).catch((error: unknown) => {
        throw diskFullOr(error);
      });
      if (!this.erasedInMemory(rewrite, entry, line)) {
        this.scan = scanLedger(rewrite.bytes, { key: this.key });
        this.reindex();
        this.revisions += 1;
      }
      this.rewrites += 1;
      this.stale = false;
      await this.advanceCheckpoint();
      return entry;
    });
  }

  /**
   * Updates memory after an erasure's rewrite without checking the whole file again, as an
   * append does: the rewrite copied every other line byte for byte, and a sound line stays
   * sound without its body (its hash and seal do not cover it). The erasure entry then arrives
   * as an append, so the record index takes it as one (the records it names go) rather than
   * being rebuilt. Only for a sound ledger read as memory holds it; false otherwise, and the
   * caller checks the rewritten file in full.
   */
  private erasedInMemory(rewrite: ErasureRewrite, entry: LedgerEntry, line: string): boolean {
    const before = this.scan;
    if (before.problems.length > 0 || this.suspect()) return false;
    if (rewrite.readLength !== before.byteLength || rewrite.ends.length !== before.lineCount) {
      return false;
    }
    const redacted = new Set(rewrite.redacted);
    const placed: PlacedEntry[] = [];
    for (const item of before.placed) {
      const end = rewrite.ends[item.position - 1]!;
      if (redacted.has(item.position)) {
        const start = rewrite.ends[item.position - 2] ?? 0;
        const blanked = placedFromLine(rewrite.bytes, start, end - 1, item.position, end);
        if (!blanked) return false;
        placed.push(blanked);
      } else {
        placed.push(end === item.end ? item : movedTo(item, end));
      }
    }
    this.scan = { ...before, placed, byteLength: rewrite.erasureStart };
    this.appended([entry], [line], {
      start: rewrite.erasureStart,
      end: rewrite.bytes.length,
      reread: false,
    });
    // Every line after the first blanked one moved: the indexes point at the moved ones.
    this.reindex();
    return true;
  }

  private async append(entries: LedgerEntry[]): Promise<void> {
    const lines = entries.map(serializeEntry);
    await this.beforeFirstWrite();
    this.stale = true;
    let written: AppendResult;
    try {
      written = await appendDurableLines(this.fs, this.filePath, lines.join('\n'), {
        expectedSize: this.scan.byteLength,
        tail: this.scan.tail,
        dropTorn: !this.suspect(),
      });
    } catch (error) {
      throw diskFullOr(error);
    }
    if (written.reread) await this.reread();
    else this.appended(entries, lines, written);
    this.stale = false;
    await this.advanceCheckpoint();
  }

  /**
   * A new ledger gets an empty checkpoint before its first line, so that from then on the
   * checkpoint file exists whenever the ledger does: a missing one means it was removed.
   */
  private async beforeFirstWrite(): Promise<void> {
    if (this.device.status !== 'absent' || this.scan.byteLength > 0) return;
    try {
      await writeDeviceCheckpoint(this.fs, this.dataDir, this.key, EMPTY_CHECKPOINT);
    } catch (error) {
      throw diskFullOr(error);
    }
    this.device = { status: 'valid', checkpoint: EMPTY_CHECKPOINT };
  }

  /**
   * Moves this device's checkpoint to the new head, unless comparing with it found entries
   * missing or changed: then it stays as it is, so the finding stays reported. A failure here
   * is not the append's failure (the record is on disk); the checkpoint catches up next time.
   */
  private async advanceCheckpoint(): Promise<void> {
    this.checkpointFindings = this.compareWithDevice();
    if (this.suspect()) return;
    const checkpoint = this.checkpoint();
    try {
      await writeDeviceCheckpoint(this.fs, this.dataDir, this.key, checkpoint);
      this.device = { status: 'valid', checkpoint };
    } catch {
      // Lagging behind is safe: the ledger then extends the checkpoint, which verifies.
    }
  }

  /** True when the ledger disagrees with its own checkpoint: evidence to keep, not tidy away. */
  private suspect(): boolean {
    return this.checkpointFindings.length > 0;
  }

  /**
   * Updates memory after an append without re-reading the file or rebuilding the indexes, so an
   * append costs the same however long the ledger is. Mirrors what `scanLedger` reports on
   * re-open.
   */
  private appended(entries: LedgerEntry[], lines: string[], written: AppendResult): void {
    const scan = this.scan;
    // A torn last line was written over; a complete last entry that only lacked its newline is
    // whole again now that one was added. Either way its 'truncated' finding goes.
    if (scan.tail.kind !== 'newline') {
      const position = scan.lineCount;
      const kept = scan.problems.filter(
        (p) => !(p.position === position && p.nature === 'truncated'),
      );
      scan.problems.length = 0;
      for (const problem of kept) scan.problems.push(problem);
      const here = kept.filter((p) => p.position === position);
      if (here.length > 0) this.problemsAt.set(position, here);
      else this.problemsAt.delete(position);
    }
    const lineCount = scan.tail.kind === 'torn' ? scan.lineCount - 1 : scan.lineCount;
    const first = entries[0]!;
    if (scan.head.seq > 0 && first.prevHash !== scan.head.storedHash) {
      const problem: LedgerProblem = {
        position: lineCount + 1,
        nature: 'broken-link',
        entries: single(scan.head.seq),
        message: `Entry ${first.seq} does not link to entry ${scan.head.seq}.`,
      };
      scan.problems.push(problem);
      this.problemsAt.set(problem.position, [problem]);
    }
    let offset = written.start;
    entries.forEach((entry, i) => {
      offset += Buffer.byteLength(lines[i]!, 'utf8') + 1;
      const placed = { position: lineCount + 1 + i, entry, end: offset };
      scan.placed.push(placed);
      this.addToIndex(placed);
    });
    const last = entries.at(-1)!;
    this.scan = {
      ...scan,
      head: { seq: last.seq, hash: last.hash, storedHash: last.hash },
      lineCount: lineCount + entries.length,
      byteLength: written.end,
      tail: { kind: 'newline' },
    };
  }

  private async reread(): Promise<void> {
    const bytes = (await readIfExists(this.fs, this.filePath)) ?? Buffer.alloc(0);
    this.scan = scanLedger(bytes, { key: this.key });
    this.reindex();
    this.revisions += 1;
    this.rewrites += 1;
  }

  /**
   * Parses the entries read lazily at opening, a slice of time per turn, and confirms the facts
   * read from each line's bytes. Should a line read differently in full (only an edited file
   * can do that), the indexes are rebuilt from what the lines say. A line that does not parse
   * is left for the full verification, which reports it and replaces the quick reading; false
   * when there was one.
   */
  private async parseInTurns(): Promise<boolean> {
    const { placed } = this.scan;
    let disagree = false;
    let allRead = true;
    const clock = sliceClock();
    for (let i = 0; i < placed.length; i += 1) {
      const item = placed[i]!;
      if (isUnparsed(item)) {
        const read = factsOf(item);
        try {
          if (!factsAgree(read, item.entry)) disagree = true;
        } catch {
          allRead = false;
        }
      }
      const pause = clock.pause(i);
      if (pause) await pause;
    }
    if (disagree) {
      this.reindex();
      this.revisions += 1;
    }
    return allRead;
  }

  /**
   * Takes in the background verification's findings about the lines it read. Seal findings
   * (checked in main at opening) stay, and so does everything about lines appended since.
   */
  private applyVerification(verified: LedgerScan): void {
    if (verified.placed.length > 0) {
      // The entries themselves read differently when checked: the checked reading stands.
      if (this.scan.lineCount !== verified.lineCount) this.stale = true;
      else this.scan = verified;
    } else {
      const checked = verified.lineCount;
      const kept = this.scan.problems.filter(
        (p) => SEAL_NATURES.has(p.nature) || p.position > checked,
      );
      const problems = [...verified.problems, ...kept].sort((a, b) => a.position - b.position);
      const appendedSince = this.scan.lineCount > checked;
      const head = appendedSince ? this.scan.head : verified.head;
      // Nothing new found (the usual case): the indexes and every view built on them stand,
      // rather than being rebuilt for 100,000 records in one turn.
      if (sameFindings(problems, this.scan.problems) && sameHead(head, this.scan.head)) return;
      this.scan = { ...this.scan, problems, head };
    }
    this.reindex();
    this.revisions += 1;
  }

  /** Runs writes one after another; a failed write does not block the ones queued after it. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      // After a failed write the file may hold bytes memory does not know about.
      if (this.stale) {
        this.device = await readDeviceCheckpoint(this.fs, this.dataDir, this.key);
        await this.reread();
      }
      this.stale = false;
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private subject() {
    return {
      head: this.scan.head,
      lineCount: this.scan.lineCount,
      bySeq: (seq: number) => this.entryWithSeq(seq),
    };
  }

  private compareWithDevice(): LedgerProblem[] {
    if (this.device.status !== 'valid') {
      return deviceCheckpointProblems(this.device, this.scan.lineCount > 0);
    }
    return checkpointProblems(this.device.checkpoint, this.subject(), 'This device’s checkpoint');
  }

  private lookup(placed: PlacedEntry | undefined): LedgerLookup | undefined {
    if (!placed || placed.entry.kind !== 'completion') return undefined;
    const problems = this.problemsAt.get(placed.position) ?? [];
    return {
      entry: placed.entry,
      record: placed.entry.body,
      problems,
      damage: recordDamageOf(problems),
    };
  }

  private damageAt(position: number): RecordDamage | null {
    const problems = this.problemsAt.get(position);
    return problems ? recordDamageOf(problems) : null;
  }

  /**
   * The line's index facts when it is the one entry its record id answers with and it still has
   * its content (a completion not erased); else null.
   */
  private answeredFacts(placed: PlacedEntry): IndexFacts | null {
    const facts = indexFactsOf(placed);
    const { kind, hasBody, recordId } = facts;
    if (kind !== 'completion' || !hasBody || recordId === null) return null;
    return this.byRecordId.get(recordId) === placed ? facts : null;
  }

  private reindex(): void {
    this.startIndex();
    for (const placed of this.scan.placed) this.addToIndex(placed);
    this.checkpointFindings = this.compareWithDevice();
  }

  /** As `reindex`, yielding between slices so main answers other calls meanwhile. */
  private async reindexInTurns(): Promise<void> {
    this.startIndex();
    const { placed } = this.scan;
    for (let start = 0; start < placed.length; start += INDEX_SLICE) {
      if (start > 0) await nextTurn();
      const stop = Math.min(start + INDEX_SLICE, placed.length);
      for (let i = start; i < stop; i += 1) this.addToIndex(placed[i]!);
    }
    this.checkpointFindings = this.compareWithDevice();
  }

  private startIndex(): void {
    this.problemsAt = new Map();
    for (const problem of this.scan.problems) {
      const list = this.problemsAt.get(problem.position);
      if (list) list.push(problem);
      else this.problemsAt.set(problem.position, [problem]);
    }
    this.indexed = 0;
    this.seqsInOrder = true;
    this.bySeq = null;
    this.byRecordId = new Map();
    this.byCode = new Map();
  }

  private addToIndex(placed: PlacedEntry): void {
    // What the indexes need is read without parsing an entry read lazily at opening.
    const { seq, kind, recordId, certificateCode: code } = indexFactsOf(placed);
    this.indexed += 1;
    if (seq !== this.indexed) this.seqsInOrder = false;
    if (this.bySeq && !this.bySeq.has(seq)) this.bySeq.set(seq, placed);
    if (kind !== 'completion' || recordId === null) return;
    const held = this.byRecordId.get(recordId);
    if (!held || this.replaces(placed, held)) this.byRecordId.set(recordId, placed);
    if (!code) return;
    const heldCode = this.byCode.get(code);
    if (!heldCode || this.replaces(placed, heldCode)) this.byCode.set(code, placed);
  }

  /** The first entry numbered `seq`, in file order. */
  private entryWithSeq(seq: number): PlacedEntry | undefined {
    const { placed } = this.scan;
    if (this.seqsInOrder && this.indexed === placed.length) return placed[seq - 1];
    if (!this.bySeq) {
      this.bySeq = new Map();
      for (const item of placed) {
        const at = indexFactsOf(item).seq;
        if (!this.bySeq.has(at)) this.bySeq.set(at, item);
      }
    }
    return this.bySeq.get(seq);
  }

  /** A sound entry wins over a damaged one held for the same id or code; else the first stays. */
  private replaces(placed: PlacedEntry, held: PlacedEntry): boolean {
    return this.damageAt(held.position) !== null && this.damageAt(placed.position) === null;
  }
}

/**
 * A reviewed record whose record is parsed when first asked for (see lazy-entries.ts). A class
 * with the getter on its prototype: an object literal with its own getter cost about 1 µs
 * each, a tenth of a second at opening for 100,000 records. Being on the prototype, `record`
 * is not copied by spread or by a structured clone: whatever leaves main takes it by name.
 */
class LazyReviewedRecord implements ReviewedRecord {
  readonly #placed: PlacedEntry;

  constructor(
    placed: PlacedEntry,
    readonly damage: RecordDamage | null,
    readonly recordId: string,
    readonly identifier: string,
  ) {
    this.#placed = placed;
  }

  get record(): AcceptanceRecord {
    return (this.#placed.entry as CompletionEntry).body!;
  }
}

function sameFindings(a: readonly LedgerProblem[], b: readonly LedgerProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.position === b[i]?.position && p.nature === b[i]?.nature && p.message === b[i]?.message,
    )
  );
}

function sameHead(a: ChainHead, b: ChainHead): boolean {
  return a.seq === b.seq && a.hash === b.hash && a.storedHash === b.storedHash;
}
